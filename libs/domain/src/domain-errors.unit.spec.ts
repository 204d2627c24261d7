import * as errors from './domain-errors';
import {
  DOMAIN_ERROR_KINDS,
  DomainError,
  HTTP_STATUS_OF_KIND,
  httpStatusOf,
  isDomainError,
  ReportFinalizedError,
  SeparationOfDutiesError,
  StaleSubmissionError,
} from './domain-errors';

describe('domain errors', () => {
  const classes = Object.values(errors).filter(
    (value): value is typeof DomainError & { because: (...args: never[]) => DomainError } =>
      typeof value === 'function' && value.prototype instanceof DomainError,
  );

  it('list every code once, each mapped to an HTTP status', () => {
    expect(classes.length).toBe(Object.keys(DOMAIN_ERROR_KINDS).length);
    for (const kind of Object.values(DOMAIN_ERROR_KINDS)) expect(HTTP_STATUS_OF_KIND[kind]).toBeGreaterThanOrEqual(400);
  });

  it('map the workflow conflicts the way the API answers them', () => {
    expect(httpStatusOf(StaleSubmissionError.because('s1', '1.2.1', 's2'))).toBe(409);
    expect(httpStatusOf(ReportFinalizedError.because('STTTT', '2021-Q1', 1))).toBe(409);
    expect(httpStatusOf(SeparationOfDutiesError.because('minh.review', 's1'))).toBe(403);
    expect(httpStatusOf(errors.SubmissionNotFoundError.because('s9', 'STTTT 2021-Q1'))).toBe(404);
    expect(httpStatusOf(errors.InvalidCommandError.because('reason', 'must not be empty'))).toBe(422);
  });

  it('say why, in Vietnamese and English, with a code, a kind, a name and details', () => {
    const error = StaleSubmissionError.because('s1', '1.2.1', 's2');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'StaleSubmissionError',
      code: 'STALE_SUBMISSION',
      kind: 'conflict',
      details: { submissionId: 's1', criterion: '1.2.1', latestPending: 's2' },
    });
    expect(error.message).toMatch(/Báo cáo s1 .* \/ Submission s1/);
  });
});
