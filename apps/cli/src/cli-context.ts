/** What a command may touch: the process's streams, given in so specs can run commands in memory. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * 0 — done (findings of a validation are information, not failure)
 * 1 — could not do the work (unreadable input, a catalogue that breaks the schema)
 * 2 — asked for something that does not exist (an unknown catalogue)
 */
export const ExitCode = { ok: 0, failure: 1, notFound: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliContext {
  io: CliIo;
  /** Commands report their outcome here rather than calling process.exit, so output is never cut short. */
  exit(code: ExitCode): void;
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}
