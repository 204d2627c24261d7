import { UnsupportedEventError } from '../../domain-errors';
import { criterionSubmittedV1ToV2 } from './criterion-submitted-v1.upcaster';

const document = {
  evidenceDocumentNumber: '12/QĐ-UBND',
  evidenceDocumentDate: '2021-03-01',
  evidenceSigner: 'Nguyễn Văn A',
};

function refusal(data: Record<string, unknown>): UnsupportedEventError {
  try {
    criterionSubmittedV1ToV2.upcast(data);
  } catch (error) {
    expect(error).toBeInstanceOf(UnsupportedEventError);
    return error as UnsupportedEventError;
  }
  throw new Error('expected UnsupportedEventError');
}

describe('CriterionSubmitted v1 → v2', () => {
  it('turns the one flat document into a list of one, and supersedes into null when absent', () => {
    expect(
      criterionSubmittedV1ToV2.upcast({ criterion: '7.1.1', evidenceUrl: 'https://x/a.pdf', ...document }),
    ).toEqual({
      criterion: '7.1.1',
      evidence: [
        {
          documentNumber: '12/QĐ-UBND',
          documentDate: '2021-03-01',
          signer: 'Nguyễn Văn A',
          url: 'https://x/a.pdf',
          sha256: null,
        },
      ],
      supersedes: null,
    });
  });

  it.each([undefined, null, '', '   '])('reads evidenceUrl %p as no document, whatever else is missing', (url) => {
    expect(criterionSubmittedV1ToV2.upcast({ criterion: '7.1.1', evidenceUrl: url, supersedes: 's0' })).toEqual({
      criterion: '7.1.1',
      evidence: [],
      supersedes: 's0',
    });
  });

  it.each([
    ['evidenceDocumentNumber', undefined],
    ['evidenceSigner', undefined],
    ['evidenceDocumentDate', '2021-02-30'],
  ])('refuses a document url without its %s', (field, value) => {
    const error = refusal({ evidenceUrl: 'https://x/a.pdf', ...document, [field]: value });
    expect(error.code).toBe('UNSUPPORTED_EVENT');
    expect(error.details).toMatchObject({ type: 'CriterionSubmitted', schemaVersion: 1 });
    expect(String(error.details.problem)).toContain(field);
  });

  it('refuses an evidenceUrl that is not text', () => {
    const error = refusal({ evidenceUrl: 5, ...document });
    expect(error.code).toBe('UNSUPPORTED_EVENT');
    expect(error.details).toMatchObject({ type: 'CriterionSubmitted', schemaVersion: 1 });
    expect(String(error.details.problem)).toContain('evidenceUrl');
  });
});
