/**
 * A projection job that cannot complete, with what it had read: a key job's last event position or a
 * period job's dirty sequence. Parking records `covers`, so the checkpoint can account for the events
 * the job was about without pretending they were projected.
 */
export class ProjectionJobError extends Error {
  override readonly name = 'ProjectionJobError';
  constructor(
    readonly jobKey: string,
    readonly covers: bigint | null,
    override readonly cause: unknown,
  ) {
    super(`Projection of ${jobKey} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }

  /** The underlying error's code when it has one (UNSUPPORTED_EVENT, UNKNOWN_CATALOGUE…). */
  get code(): string | null {
    const code = (this.cause as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : null;
  }
}
