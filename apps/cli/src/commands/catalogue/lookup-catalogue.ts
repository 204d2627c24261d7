import type { Catalogue } from '@dti/catalogue';
import { InvalidCatalogueError, UnknownCatalogueError, getCatalogue } from '@dti/catalogue';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';

/**
 * The catalogue, or undefined after telling the operator why not: unknown ids exit 2, catalogues refused
 * for breaking the schema exit 1 (callers that can show the findings get the refusal back instead).
 */
export function lookupCatalogue(id: string, context: CliContext): Catalogue | InvalidCatalogueError | undefined {
  try {
    return getCatalogue(id);
  } catch (error) {
    if (error instanceof UnknownCatalogueError) {
      writeLine(context.io.stderr, error.message);
      context.exit(ExitCode.notFound);
      return undefined;
    }
    if (error instanceof InvalidCatalogueError) return error;
    throw error;
  }
}

export function requireCatalogue(id: string, context: CliContext): Catalogue | undefined {
  const found = lookupCatalogue(id, context);
  if (found instanceof InvalidCatalogueError) {
    writeLine(context.io.stderr, found.message);
    context.exit(ExitCode.failure);
    return undefined;
  }
  return found;
}
