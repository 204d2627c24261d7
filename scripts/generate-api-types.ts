/**
 * `npm run api:types`: writes the OpenAPI document the API serves at /docs-json to
 * apps/web/src/api/openapi.json and the web application's types generated from it (openapi-typescript)
 * to apps/web/src/api/schema.d.ts. The app graph is built in preview mode: no database or Redis needed.
 * `--check` fails (exit 1) when the committed files differ from what the code describes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { format, resolveConfig } from 'prettier';
import { AppModule } from '../apps/api/src/app.module';
import { buildOpenApiDocument } from '../apps/api/src/openapi';

const ROOT = resolve(__dirname, '..');
const JSON_FILE = join(ROOT, 'apps/web/src/api/openapi.json');
const TYPES_FILE = join(ROOT, 'apps/web/src/api/schema.d.ts');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  const document = buildOpenApiDocument(app);
  await app.close();
  const json = await format(JSON.stringify(document), {
    ...((await resolveConfig(JSON_FILE)) ?? {}),
    filepath: JSON_FILE,
  });
  const scratch = mkdtempSync(join(tmpdir(), 'dti-openapi-'));
  const scratchJson = join(scratch, 'openapi.json');
  const scratchTypes = join(scratch, 'schema.d.ts');
  writeFileSync(scratchJson, json);
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), scratchJson, '--output', scratchTypes, '--alphabetize'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Formatted as the repository formats TypeScript, so regenerating an unchanged API changes nothing.
  const types = await format(readFileSync(scratchTypes, 'utf8'), {
    ...((await resolveConfig(TYPES_FILE)) ?? {}),
    filepath: TYPES_FILE,
  });
  if (check) {
    const stale = [
      [JSON_FILE, json],
      [TYPES_FILE, types],
    ].filter(([file, content]) => {
      try {
        return readFileSync(file, 'utf8') !== content;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      process.stderr.write(`Stale: ${stale.map(([file]) => file).join(', ')}. Run \`npm run api:types\` and commit.\n`);
      process.exit(1);
    }
    process.stdout.write('API types are current.\n');
    return;
  }
  writeFileSync(JSON_FILE, json);
  writeFileSync(TYPES_FILE, types);
  process.stdout.write(`Wrote ${JSON_FILE} and ${TYPES_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
