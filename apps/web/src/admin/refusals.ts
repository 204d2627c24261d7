import type { FormInstance } from 'antd';
import { ApiProblem, localizedMessage } from '../api/problem';
import { currentLanguage } from '../i18n';

/** The API's answer to a unit change reaching a finalized quarter without a reason. */
export const RETROACTIVE_CODE = 'RETROACTIVE_CHANGE_REQUIRES_REASON';

/** The finalized quarters a RETROACTIVE_CHANGE_REQUIRES_REASON refusal names, or null for any other answer. */
export function retroactiveQuartersOf(error: unknown): string[] | null {
  if (!(error instanceof ApiProblem) || error.code !== RETROACTIVE_CODE) return null;
  const quarters = (error.problem.details as { finalizedQuarters?: unknown } | undefined)?.finalizedQuarters;
  return Array.isArray(quarters) ? quarters.filter((quarter): quarter is string => typeof quarter === 'string') : [];
}

/** Codes whose problem names its field in `details` rather than in `errors`. */
const FIELD_OF_CODE: Record<string, string> = {
  ACCOUNT_ALREADY_EXISTS: 'username',
  UNIT_ALREADY_REGISTERED: 'code',
  WEAK_PASSWORD: 'password',
};

/**
 * A refusal as field messages: the validation errors (`errors`), the field a domain refusal names
 * (`details.field`), or the field a known code is about. Returns what could not be put on a field.
 */
export function showRefusal(form: FormInstance | null, error: unknown, fields: readonly string[]): string | null {
  const language = currentLanguage();
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error);
  const byField = new Map<string, string[]>();
  for (const [field, errors] of error.fieldErrors()) {
    byField.set(
      field,
      errors.map((entry) => localizedMessage(entry.message, language)),
    );
  }
  const details = (error.problem.details ?? {}) as Record<string, unknown>;
  const detail = localizedMessage(error.problem.detail, language);
  const named =
    typeof details.field === 'string'
      ? details.field
      : error.code && FIELD_OF_CODE[error.code]
        ? FIELD_OF_CODE[error.code]
        : error.code === 'UNIT_NOT_FOUND' && fields.includes('into')
          ? 'into'
          : error.code === 'UNIT_NOT_FOUND' || error.code === 'INVALID_UNIT_CODE'
            ? 'unit'
            : null;
  if (named !== null && !byField.has(named)) byField.set(named, [detail]);
  const placed = [...byField].filter(([field]) => fields.includes(field));
  form?.setFields(placed.map(([name, errors]) => ({ name, errors })));
  const unplaced = [...byField].filter(([field]) => !fields.includes(field));
  if (placed.length > 0 && unplaced.length === 0) return null;
  const extra = unplaced.map(([field, errors]) => `${field}: ${errors.join('; ')}`).join(' · ');
  return [detail, extra].filter(Boolean).join(' — ') || `HTTP ${error.status}`;
}

/** A password to hand over once: 16 characters from an unambiguous alphabet, from the browser's CSPRNG. */
export function oneTimePassword(length = 16): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (value) => alphabet[value % alphabet.length]).join('');
}

/** A refusal with no form to put it on (a button's action): the server's words, for a message. */
export function refusalText(error: unknown): string {
  return showRefusal(null, error, []) ?? '';
}
