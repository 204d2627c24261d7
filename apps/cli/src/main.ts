import { buildCli, CliAbort } from './cli';
import type { CliContext } from './cli-context';
import { cliCommands } from './commands';

async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  const context: CliContext = {
    io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    // exitCode rather than exit(): pending writes to a pipe still flush.
    exit: (code) => {
      process.exitCode = code;
    },
  };
  try {
    await buildCli(cliCommands, context).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CliAbort) return;
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
