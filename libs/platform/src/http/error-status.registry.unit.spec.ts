import { ErrorStatusRegistry } from './error-status.registry';

class BaseDomainError extends Error {}
class SubmissionClosedError extends BaseDomainError {}
class UnrelatedError extends Error {}

describe('ErrorStatusRegistry', () => {
  it('maps a registered class and its subclasses; the most specific mapping wins', () => {
    const registry = new ErrorStatusRegistry();
    registry.register([{ error: BaseDomainError, status: 422 }]);
    expect(registry.resolve(new SubmissionClosedError('x'))?.status).toBe(422);

    registry.register([{ error: SubmissionClosedError, status: 409, code: 'SUBMISSION_CLOSED' }]);
    expect(registry.resolve(new SubmissionClosedError('x'))).toMatchObject({ status: 409, code: 'SUBMISSION_CLOSED' });
    expect(registry.resolve(new BaseDomainError('x'))?.status).toBe(422);
  });

  it('computes the status from the error when asked to', () => {
    const registry = new ErrorStatusRegistry();
    registry.register([{ error: BaseDomainError, status: (error) => (error.message === 'gone' ? 404 : 409) }]);
    expect(registry.resolve(new BaseDomainError('gone'))?.status).toBe(404);
    expect(registry.resolve(new BaseDomainError('other'))?.status).toBe(409);
  });

  it('knows nothing of unregistered errors and non-errors', () => {
    const registry = new ErrorStatusRegistry();
    registry.register([{ error: BaseDomainError, status: 422 }]);
    expect(registry.resolve(new UnrelatedError('x'))).toBeUndefined();
    expect(registry.resolve(new Error('x'))).toBeUndefined();
    expect(registry.resolve('a string')).toBeUndefined();
  });

  it('refuses a second, different mapping for the same class', () => {
    const registry = new ErrorStatusRegistry();
    registry.register([{ error: BaseDomainError, status: 422 }]);
    expect(() => registry.register([{ error: BaseDomainError, status: 422 }])).not.toThrow();
    expect(() => registry.register([{ error: BaseDomainError, status: 409 }])).toThrow(/BaseDomainError/);
  });
});
