import { InvalidUnitCodeError } from '../domain-errors';

/**
 * Unit codes: the stable key of an org unit, in streams, URLs, accounts and reports.
 *
 * Scheme — uppercase ASCII letters and digits, 2 to 20 characters, starting with a letter:
 *  - departments (sở, ban, ngành): the initials of the name without diacritics, as the province's own
 *    document numbers abbreviate them ("Tờ trình số 1857/TTr-STTTT" → STTTT for Sở Thông tin và Truyền
 *    thông; SKHDT, SNV, VPUBND, BQLKKTCN…); "Đ" is written D;
 *  - districts (UBND cấp huyện): the place name without diacritics or spaces (HUE, HUONGTHUY, ALUOI…).
 * A code is never changed or reused: a rename keeps the code, a unit born of a merger gets a new one,
 * so every stored event keeps pointing at the unit it was about.
 */
export type UnitCode = string;

const UNIT_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,19}$/;

export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && UNIT_CODE_PATTERN.test(value);
}

export function parseUnitCode(value: unknown): UnitCode {
  if (typeof value !== 'string') throw InvalidUnitCodeError.because(String(value), 'expected text');
  if (!UNIT_CODE_PATTERN.test(value)) {
    throw InvalidUnitCodeError.because(
      value,
      'expected 2–20 uppercase ASCII letters or digits starting with a letter (e.g. STTTT, HUE)',
    );
  }
  return value;
}
