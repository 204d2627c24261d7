/** A published version asked for by number that the unit-quarter does not have (404). */
export class ReportVersionNotFoundError extends Error {
  override readonly name = 'ReportVersionNotFoundError';
  readonly code = 'REPORT_VERSION_NOT_FOUND' as const;

  constructor(readonly details: { unit: string; period: string; version: number }) {
    super(
      `Báo cáo ${details.unit} ${details.period} không có phiên bản đã công bố số ${details.version} / ` +
        `${details.unit} ${details.period} has no published version ${details.version}`,
    );
  }
}
