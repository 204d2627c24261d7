import { InvalidCommandError, InvalidEvidenceError, PlanReportPendingError } from '@dti/domain';
import { RequestValidationError } from '@dti/platform';
import { fieldRefusalOf, namingTheField } from './plan-refusals';

describe('plan refusals name their field (errors[], as the assessments answer)', () => {
  it('INVALID_COMMAND: 422 with the field the domain named and its code', () => {
    const refusal = fieldRefusalOf(
      InvalidCommandError.because('progress.numerator', 'a share cannot exceed its denominator (100%)'),
    );
    expect(refusal).toBeInstanceOf(RequestValidationError);
    const { errors, unprocessable } = refusal as RequestValidationError;
    expect(unprocessable).toEqual({ code: 'INVALID_COMMAND' });
    expect(errors).toEqual([
      { field: 'progress.numerator', code: 'INVALID_COMMAND', message: expect.stringContaining('progress.numerator') },
    ]);
  });

  it('INVALID_EVIDENCE: the entry and its field; a whole entry at fault names the entry', () => {
    const signer = fieldRefusalOf(
      InvalidEvidenceError.because(1, 'signer', 'expected non-empty text'),
    ) as RequestValidationError;
    expect(signer.errors[0]).toMatchObject({ field: 'evidence.1.signer', code: 'INVALID_EVIDENCE' });
    expect(signer.unprocessable).toEqual({ code: 'INVALID_EVIDENCE' });
    const item = fieldRefusalOf(
      InvalidEvidenceError.because(0, '(item)', 'expected an object'),
    ) as RequestValidationError;
    expect(item.errors[0].field).toBe('evidence.0');
  });

  it('passes any other error unchanged', async () => {
    const pending = PlanReportPendingError.because('2', '2023-Q2', '2023-Q2:target:2:1');
    expect(fieldRefusalOf(pending)).toBe(pending);
    await expect(namingTheField(() => Promise.reject(pending))).rejects.toBe(pending);
    await expect(
      namingTheField(() => Promise.reject(InvalidCommandError.because('reason', 'expected text'))),
    ).rejects.toBeInstanceOf(RequestValidationError);
  });
});
