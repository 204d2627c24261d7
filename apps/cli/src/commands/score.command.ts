import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { CliCommand } from '../cli-command';
import type { CliIo } from '../cli-context';
import { ExitCode, writeLine } from '../cli-context';
import { scoreLine } from './score-line';

export const scoreCommand: CliCommand = {
  name: 'score',
  register(program, context) {
    program
      .command('score')
      .summary('score JSON lines from stdin / chấm điểm từng dòng JSON từ stdin')
      .description(
        'score JSON lines from stdin, one result line per input line, in order / chấm điểm từng dòng JSON từ stdin\n' +
          'input:  {"catalogue":"tth-2020","criterion":"7.1.1","inputs":{"a":1000,"b":50}}\n' +
          'output: {"criterion":"7.1.1","points":2,"max":4,"explanation":"…","explanationEn":"…"}\n' +
          '    or  {"criterion":"7.1.1","error":{"code":"…","message":"…"}}',
      )
      .action(async () => context.exit(await scoreStream(context.io)));
  },
};

/**
 * Streams: a line is scored and written before the next is read, and writing waits for a slow reader, so
 * any input size runs in constant memory. Every input line gets exactly one output line (a blank line is
 * INVALID_JSON), so results can be zipped with their requests.
 */
export async function scoreStream(io: CliIo): Promise<ExitCode> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let readError: Error | undefined;
  let readerGone = false;
  io.stdin.once('error', (error: Error) => {
    readError = error;
    lines.close();
  });
  io.stdout.once('error', () => {
    // The reader closed the pipe (e.g. `| head`): nothing more to say to it.
    readerGone = true;
    lines.close();
  });
  try {
    for await (const line of lines) {
      if (readerGone) break;
      if (!io.stdout.write(`${JSON.stringify(scoreLine(line))}\n`)) {
        await once(io.stdout, 'drain');
      }
    }
  } catch (error) {
    // Waiting for 'drain' rejects when the reader has gone; only a failing stdin is our failure.
    if (!readerGone) readError = error as Error;
  }
  if (readError) {
    writeLine(io.stderr, `Không đọc được stdin / Cannot read stdin: ${readError.message}`);
    return ExitCode.failure;
  }
  return ExitCode.ok;
}
