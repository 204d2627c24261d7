/**
 * `npm run seed`: runs the seeders listed in scripts/seed/index.ts, in order. Run after `npm run migrate`.
 * `npm run seed -- --demo` adds the demo province (every unit, eight quarters) whatever the store holds.
 */
import { ConfigurationRefusedError, createBootstrapPino, loadPlatformConfig } from '@dti/platform';
import { demoSeeders, runSeeders, seeders } from './seed/index';

async function main(): Promise<void> {
  const log = createBootstrapPino('seed');
  try {
    const list = process.argv.includes('--demo') ? demoSeeders : seeders;
    await runSeeders({ config: loadPlatformConfig(process.env), log }, list);
    log.info('Seeding done');
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) log.fatal({ settings: error.settings }, error.message);
    else log.fatal({ err: error }, `Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

void main();
