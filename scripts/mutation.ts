/**
 * `npm run test:mutation [-- <library>…] [--concurrency <n>] [--force]`: StrykerJS once per pure library
 * (stryker.config.mjs, MUTATION_LIBRARY), each judged by its own specs, then scripts/mutation-thresholds.ts
 * over their reports. Libraries: scoring, catalogue, domain (default: all three, one after another).
 * `--concurrency` gives each run more test processes (the config's 1 suits a shared 2-core machine);
 * `--force` re-tests every mutant instead of the incremental file's changes.
 * Exit code 1 when a run breaks (below 85%) or a library is below its floor.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { judge, LIBRARY_NAMES, reportPathOf } from './mutation-thresholds';

interface Options {
  libraries: string[];
  strykerArgs: string[];
}

export function parseMutationArgs(argv: readonly string[]): Options {
  const libraries: string[] = [];
  const strykerArgs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--force') strykerArgs.push('--force');
    else if (arg === '--concurrency') {
      const value = argv[(i += 1)];
      if (value === undefined || !/^[1-9][0-9]?$/.test(value)) throw new Error('--concurrency takes 1–99');
      strykerArgs.push('--concurrency', value);
    } else if ((LIBRARY_NAMES as readonly string[]).includes(arg)) {
      if (!libraries.includes(arg)) libraries.push(arg);
    } else
      throw new Error(`unknown argument "${arg}" (libraries: ${LIBRARY_NAMES.join(', ')}; --concurrency <n>, --force)`);
  }
  return { libraries: libraries.length === 0 ? [...LIBRARY_NAMES] : libraries, strykerArgs };
}

function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = parseMutationArgs(argv);
  } catch (error) {
    console.error(`test:mutation: ${(error as Error).message}`);
    return 2;
  }
  let failed = false;
  for (const library of options.libraries) {
    const started = Date.now();
    console.log(`\n=== mutation testing: libs/${library} (its own specs) ===`);
    const run = spawnSync('npx', ['stryker', 'run', ...options.strykerArgs], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_LIBRARY: library },
    });
    const minutes = ((Date.now() - started) / 60000).toFixed(1);
    if (run.status !== 0) {
      // Stryker exits 1 below its break threshold; go on so every library gets its report.
      failed = true;
      console.log(`libs/${library}: Stryker exited with ${run.status ?? run.signal} after ${minutes} min`);
    } else console.log(`libs/${library}: done in ${minutes} min`);
  }
  const reports = options.libraries.map(reportPathOf).filter((path) => existsSync(path));
  console.log('\n=== thresholds (scripts/mutation-thresholds.ts) ===');
  return judge(reports) && !failed ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
