import { Command } from 'commander';
import { registerCatalogueFiles } from './catalogue-files';
import type { CliCommand } from './cli-command';
import type { CliContext } from './cli-context';
import { ExitCode } from './cli-context';

/** The operators' CLI: global options, then every registered command. */
export function buildCli(commands: readonly CliCommand[], context: CliContext): Command {
  const program = new Command('dti')
    .description('dti-huế operators’ CLI / Công cụ dòng lệnh cho người vận hành')
    .option(
      '--catalogue-file <path>',
      'also register a catalogue from a JSON file (repeatable) / đăng ký thêm bộ tiêu chí từ tệp JSON',
      (path: string, previous: string[]) => [...previous, path],
      [] as string[],
    )
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      writeErr: (text) => context.io.stderr.write(text),
    });
  program.hook('preAction', () => {
    const files = program.opts<{ catalogueFile: string[] }>().catalogueFile;
    if (!registerCatalogueFiles(files, context.io)) {
      context.exit(ExitCode.failure);
      throw new CliAbort();
    }
  });
  for (const command of commands) command.register(program, context);
  return program;
}

/** Stops a run whose outcome has already been reported. */
export class CliAbort extends Error {
  constructor() {
    super('aborted');
    this.name = 'CliAbort';
  }
}
