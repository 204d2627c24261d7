/** 401 from GET /metrics when METRICS_TOKEN is set and the scraper did not send it. */
export class MetricsTokenError extends Error {
  override readonly name = 'MetricsTokenError';
  readonly code = 'METRICS_TOKEN_REQUIRED' as const;

  constructor() {
    super(
      'Cần mã METRICS_TOKEN: gửi Authorization: Bearer <METRICS_TOKEN> / ' +
        'This endpoint needs the metrics token: send Authorization: Bearer <METRICS_TOKEN>',
    );
  }
}
