/**
 * The evidence list of a submission, checked field by field: each refusal says which document (index) and
 * which field, and every bound is pinned on both sides.
 */
import { InvalidCommandError, InvalidEvidenceError } from '../domain-errors';
import { MAX_EVIDENCE_ITEMS, validateEvidence } from './evidence';

const SUBMITTED_ON = '2025-07-15';
const SHA = 'ab'.repeat(32);

const linked = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  documentNumber: '222/KH-UBND',
  documentDate: '2020-10-21',
  signer: 'Phan Ngọc Thọ',
  url: 'https://example.gov.vn/222.pdf',
  ...overrides,
});

function refusal(value: unknown): InvalidEvidenceError | InvalidCommandError {
  try {
    validateEvidence('evidence', value, SUBMITTED_ON);
  } catch (error) {
    if (error instanceof InvalidEvidenceError || error instanceof InvalidCommandError) return error;
    throw error;
  }
  throw new Error('accepted');
}

/** The code and the details naming the document and field; messages are not pinned word for word. */
function refusedField(item: unknown, index = 0) {
  const items: unknown[] = [...Array.from({ length: index }, () => linked()), item];
  const error = refusal(items);
  expect(error).toBeInstanceOf(InvalidEvidenceError);
  expect(error.code).toBe('INVALID_EVIDENCE');
  expect(error.details.index).toBe(index);
  expect(error.message).toContain(`#${index + 1}`);
  expect(String(error.details.problem)).not.toBe('');
  return error.details.field;
}

describe('validateEvidence', () => {
  it('takes no evidence as an empty list', () => {
    expect(validateEvidence('evidence', undefined, SUBMITTED_ON)).toEqual([]);
    expect(validateEvidence('evidence', null, SUBMITTED_ON)).toEqual([]);
    expect(validateEvidence('evidence', [], SUBMITTED_ON)).toEqual([]);
  });

  it('keeps a linked document, its texts trimmed', () => {
    expect(
      validateEvidence('evidence', [linked({ documentNumber: '  222/KH-UBND ', signer: ' Thọ ' })], SUBMITTED_ON),
    ).toEqual([
      {
        documentNumber: '222/KH-UBND',
        documentDate: '2020-10-21',
        signer: 'Thọ',
        url: 'https://example.gov.vn/222.pdf',
        sha256: null,
      },
    ]);
  });

  it('keeps an uploaded file by its SHA-256, in lower case, with no link', () => {
    const [item] = validateEvidence('evidence', [linked({ url: null, sha256: SHA.toUpperCase() })], SUBMITTED_ON);
    expect(item).toMatchObject({ url: null, sha256: SHA });
  });

  it('keeps both a link and a file', () => {
    const [item] = validateEvidence('evidence', [linked({ sha256: SHA })], SUBMITTED_ON);
    expect(item).toMatchObject({ url: 'https://example.gov.vn/222.pdf', sha256: SHA });
  });

  it('keeps a file whose link is left out', () => {
    const [item] = validateEvidence('evidence', [linked({ url: undefined, sha256: SHA })], SUBMITTED_ON);
    expect(item).toMatchObject({ url: null, sha256: SHA });
  });

  it('refuses a link or a SHA-256 that only reads as text (a list holding it)', () => {
    expect(refusedField(linked({ url: ['https://example.gov.vn/a'] }))).toBe('url');
    expect(refusedField(linked({ url: null, sha256: [SHA] }))).toBe('sha256');
  });

  it('says what came and what is allowed', () => {
    const problem = (item: unknown) => String(refusal([item]).details.problem);
    expect(problem('a document')).toContain('"a document"');
    expect(problem(linked({ documentDate: '21/10/2020' }))).toContain('"21/10/2020"');
    expect(problem(linked({ url: null, sha256: 'xyz' }))).toContain('"xyz"');
    expect(problem(linked({ url: 'ftp://example.gov.vn/a' }))).toContain('ftp:');
    expect(problem(linked({ url: 'not a link' }))).toContain('"not a link"');
    expect(problem(linked({ url: 42 }))).toContain('2000');
    expect(problem(linked({ signer: 'x'.repeat(201) }))).toContain('200');
    expect(problem(linked({ signer: 7 }))).toContain('7');
    expect(problem(linked({ url: null }))).toContain('sha256');
    expect(String(refusal('x').details.problem)).toContain('"x"');
  });

  it('takes an http link as well as https', () => {
    const [item] = validateEvidence('evidence', [linked({ url: 'http://example.gov.vn/a' })], SUBMITTED_ON);
    expect(item.url).toBe('http://example.gov.vn/a');
  });

  it('refuses a value that is not a list, naming the command field', () => {
    const error = refusal({ documentNumber: 'x' });
    expect(error).toBeInstanceOf(InvalidCommandError);
    expect(error.details).toMatchObject({ field: 'evidence' });
  });

  it(`takes ${MAX_EVIDENCE_ITEMS} documents and refuses one more`, () => {
    const many = (n: number) => Array.from({ length: n }, () => linked());
    expect(validateEvidence('evidence', many(MAX_EVIDENCE_ITEMS), SUBMITTED_ON)).toHaveLength(MAX_EVIDENCE_ITEMS);
    const error = refusal(many(MAX_EVIDENCE_ITEMS + 1));
    expect(error).toBeInstanceOf(InvalidCommandError);
    expect(error.details).toMatchObject({ field: 'evidence' });
    expect(String(error.details.problem)).toContain(String(MAX_EVIDENCE_ITEMS + 1));
  });

  it.each([null, 'a document', ['a'], 42])('refuses an item that is no object (%p)', (item) => {
    expect(refusedField(item)).toBe('(item)');
  });

  it('names the position of the refused document', () => {
    expect(refusedField(linked({ signer: '' }), 2)).toBe('signer');
  });

  it.each([
    ['documentNumber', undefined],
    ['documentNumber', '   '],
    ['documentNumber', 7],
    ['signer', undefined],
    ['signer', ''],
  ])('refuses an empty or missing %s (%p)', (field, value) => {
    expect(refusedField(linked({ [field]: value }))).toBe(field);
  });

  it.each([
    ['documentNumber', 100],
    ['signer', 200],
  ] as const)('takes %s up to %d characters, trimmed, and refuses one more', (field, max) => {
    const [item] = validateEvidence('evidence', [linked({ [field]: ` ${'x'.repeat(max)} ` })], SUBMITTED_ON);
    expect(item[field]).toBe('x'.repeat(max));
    expect(refusedField(linked({ [field]: 'x'.repeat(max + 1) }))).toBe(field);
  });

  it.each([undefined, '2020-13-01', '21/10/2020', 20201021])(
    'refuses a document date that is no calendar date (%p)',
    (date) => {
      expect(refusedField(linked({ documentDate: date }))).toBe('documentDate');
    },
  );

  it('takes a document dated on the submission day and refuses one dated the day after', () => {
    expect(validateEvidence('evidence', [linked({ documentDate: SUBMITTED_ON })], SUBMITTED_ON)[0].documentDate).toBe(
      SUBMITTED_ON,
    );
    expect(refusedField(linked({ documentDate: '2025-07-16' }))).toBe('documentDate');
  });

  it.each([
    ['a number', 42],
    ['text that is no link', 'not a link'],
    ['an ftp link', 'ftp://example.gov.vn/a'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a link longer than 2000 characters', `https://example.gov.vn/${'a'.repeat(2000)}`],
  ])('refuses %s as url', (_what, url) => {
    expect(refusedField(linked({ url }))).toBe('url');
  });

  it('takes a link of exactly 2000 characters', () => {
    const url = `https://example.gov.vn/${'a'.repeat(2000 - 'https://example.gov.vn/'.length)}`;
    expect(url).toHaveLength(2000);
    expect(validateEvidence('evidence', [linked({ url })], SUBMITTED_ON)[0].url).toBe(url);
  });

  it.each([
    ['63 digits', 'a'.repeat(63)],
    ['65 digits', 'a'.repeat(65)],
    ['a non-hex digit', `${'a'.repeat(63)}g`],
    ['a number', 42],
  ])('refuses a SHA-256 of %s', (_what, sha256) => {
    expect(refusedField(linked({ url: null, sha256 }))).toBe('sha256');
  });

  it('refuses a document with neither link nor file', () => {
    expect(refusedField(linked({ url: null }))).toBe('url');
    expect(refusedField(linked({ url: undefined, sha256: null }))).toBe('url');
  });
});
