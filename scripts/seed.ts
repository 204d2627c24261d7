/** `npm run seed`: runs the seeders listed in scripts/seed/index.ts, in order. Run after `npm run migrate`. */
import { ConfigurationRefusedError, createBootstrapPino, loadPlatformConfig } from '@dti/platform';
import { runSeeders } from './seed/index';

async function main(): Promise<void> {
  const log = createBootstrapPino('seed');
  try {
    await runSeeders({ config: loadPlatformConfig(process.env), log });
    log.info('Seeding done');
  } catch (error) {
    if (error instanceof ConfigurationRefusedError) log.fatal({ settings: error.settings }, error.message);
    else log.fatal({ err: error }, `Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

void main();
