import { readFileSync } from 'node:fs';
import type { Catalogue } from '@dti/catalogue';
import { InvalidCatalogueError, registerCatalogue } from '@dti/catalogue';
import type { CliIo } from './cli-context';
import { writeLine } from './cli-context';

/**
 * Registers catalogues given as JSON files (`--catalogue-file`), e.g. a revised criteria set before it is
 * built in. One that breaks the schema is remembered as refused, so `catalogue validate` can show why.
 * Returns false when a file cannot be read or parsed at all.
 */
export function registerCatalogueFiles(paths: readonly string[], io: CliIo): boolean {
  for (const path of paths) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      writeLine(
        io.stderr,
        `Không đọc được tệp bộ tiêu chí / Cannot read catalogue file ${path}: ${(error as Error).message}`,
      );
      return false;
    }
    try {
      registerCatalogue(value as Catalogue);
    } catch (error) {
      if (!(error instanceof InvalidCatalogueError)) throw error;
      writeLine(io.stderr, `Cảnh báo / Warning (${path}): ${error.message}`);
    }
  }
  return true;
}
