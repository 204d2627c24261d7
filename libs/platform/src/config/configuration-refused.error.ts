/** Boot stops with this when a setting is missing or malformed; the message names every bad setting. */
export class ConfigurationRefusedError extends Error {
  override readonly name = 'ConfigurationRefusedError';

  constructor(readonly problems: ReadonlyArray<{ setting: string; message: string }>) {
    super(`Configuration refused: ${problems.map((p) => p.message).join('; ')}`);
  }

  get settings(): string[] {
    return this.problems.map((p) => p.setting);
  }
}
