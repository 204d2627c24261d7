import { InvalidCommandError, InvalidEvidenceError } from '../domain-errors';
import { isCalendarDate, type CalendarDate } from '../shared/calendar-date';
import { describeValue, isPlainObject } from '../shared/command-fields';

/**
 * A document proving a reported figure: the province's documents are cited by number, date and
 * signer ("Kế hoạch 222/KH-UBND ngày 21/10/2020, Phan Ngọc Thọ"), and reach the reviewer as a link
 * or as a file uploaded to our storage, identified by its SHA-256.
 */
export type Evidence = {
  /** Số hiệu văn bản, e.g. "222/KH-UBND". */
  documentNumber: string;
  /** Ngày ban hành. */
  documentDate: CalendarDate;
  /** Người ký. */
  signer: string;
  /** http(s) link to the document, or null when it was uploaded. */
  url: string | null;
  /** Lower-case hex SHA-256 of the uploaded file, or null when only linked. */
  sha256: string | null;
};

export const MAX_EVIDENCE_ITEMS = 50;
const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;

/**
 * Checks the evidence list of a command. A document dated after the day it is submitted cannot
 * exist yet, so `submittedOn` (the Vietnam date of the command) bounds `documentDate`.
 */
export function validateEvidence(field: string, value: unknown, submittedOn: CalendarDate): Evidence[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw InvalidCommandError.because(field, `expected a list, got ${describeValue(value)}`);
  if (value.length > MAX_EVIDENCE_ITEMS) {
    throw InvalidCommandError.because(field, `at most ${MAX_EVIDENCE_ITEMS} documents (got ${value.length})`);
  }
  return value.map((item: unknown, index) => validateEvidenceItem(item, index, submittedOn));
}

function validateEvidenceItem(item: unknown, index: number, submittedOn: CalendarDate): Evidence {
  if (!isPlainObject(item))
    throw InvalidEvidenceError.because(index, '(item)', `expected an object, got ${describeValue(item)}`);
  const documentNumber = text(item.documentNumber, index, 'documentNumber', 100);
  const signer = text(item.signer, index, 'signer', 200);
  const documentDate = item.documentDate;
  if (!isCalendarDate(documentDate)) {
    throw InvalidEvidenceError.because(
      index,
      'documentDate',
      `expected YYYY-MM-DD, got ${describeValue(documentDate)}`,
    );
  }
  if (documentDate > submittedOn) {
    throw InvalidEvidenceError.because(
      index,
      'documentDate',
      `${documentDate} is after the submission date ${submittedOn}`,
    );
  }
  const url = item.url === undefined || item.url === null ? null : validUrl(item.url, index);
  let sha256: string | null = null;
  if (item.sha256 !== undefined && item.sha256 !== null) {
    if (typeof item.sha256 !== 'string' || !SHA256_PATTERN.test(item.sha256)) {
      throw InvalidEvidenceError.because(
        index,
        'sha256',
        `expected 64 hexadecimal digits, got ${describeValue(item.sha256)}`,
      );
    }
    sha256 = item.sha256.toLowerCase();
  }
  if (url === null && sha256 === null) {
    throw InvalidEvidenceError.because(index, 'url', 'give a link (url) or the SHA-256 of an uploaded file (sha256)');
  }
  return { documentNumber, documentDate, signer, url, sha256 };
}

function text(value: unknown, index: number, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw InvalidEvidenceError.because(index, field, `expected non-empty text, got ${describeValue(value)}`);
  }
  if (value.trim().length > max) throw InvalidEvidenceError.because(index, field, `at most ${max} characters`);
  return value.trim();
}

function validUrl(value: unknown, index: number): string {
  if (typeof value !== 'string' || value.length > 2000) {
    throw InvalidEvidenceError.because(
      index,
      'url',
      `expected a link of at most 2000 characters, got ${describeValue(value)}`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw InvalidEvidenceError.because(index, 'url', `not a valid link: ${describeValue(value)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw InvalidEvidenceError.because(index, 'url', `only http and https links are accepted, got ${parsed.protocol}`);
  }
  return value;
}
