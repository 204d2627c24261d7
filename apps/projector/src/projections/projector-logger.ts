/** The little the projector's parts say; Nest's Logger fits, tests pass a silent one. */
export interface ProjectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOGGER: ProjectorLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
