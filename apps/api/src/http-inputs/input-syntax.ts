import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isUnitCode, type DomainError } from '@dti/domain';

/**
 * One rule for every route (issue #11): an identifier in the path or the query that is not even written
 * as one is malformed, 400 VALIDATION_FAILED naming the field (`errors[].code` INVALID_PERIOD or
 * INVALID_UNIT_CODE); one written correctly that the system does not know or allow (a year outside
 * 2000–2999, a quarter no catalogue covers, a reversed range) is 422 with the domain's code; a unit the
 * register does not hold is 404. Periods are written YYYY-Qn with n from 1 to 4, unit codes as the
 * register writes them (an upper-case letter, then 1–19 upper-case letters or digits).
 */
export const QUARTER_SYNTAX = /^\d{4}-Q[1-4]$/;

/** The domain refused a path or query value that is not even written as such a value (→ 400, not 422). */
export function isMalformedIdentifier(error: DomainError): boolean {
  if (error.code === 'INVALID_UNIT_CODE') return true;
  if (error.code !== 'INVALID_PERIOD') return false;
  const input = (error.details as { input?: unknown } | undefined)?.input;
  return typeof input !== 'string' || !QUARTER_SYNTAX.test(input);
}

/** A path or query parameter written as a quarter, YYYY-Qn (n 1–4); otherwise 400 INVALID_PERIOD. */
export function IsQuarterSyntax(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_PERIOD',
      validator: {
        validate: (value) => typeof value === 'string' && QUARTER_SYNTAX.test(value),
        defaultMessage: (args) =>
          `"${args?.property ?? 'period'}" phải có dạng YYYY-Qn, ví dụ 2021-Q1 / must be written YYYY-Qn, e.g. 2021-Q1`,
      },
    },
    options,
  );
}

/** A path or query parameter written as a unit code (STTTT, HUE); otherwise 400 INVALID_UNIT_CODE. */
export function IsUnitCodeSyntax(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_UNIT_CODE',
      validator: {
        validate: (value) => isUnitCode(value),
        defaultMessage: (args) =>
          `"${args?.property ?? 'unit'}" phải là mã đơn vị (chữ in hoa và số, ví dụ STTTT) / must be a unit code (upper-case letters and digits, e.g. STTTT)`,
      },
    },
    options,
  );
}
