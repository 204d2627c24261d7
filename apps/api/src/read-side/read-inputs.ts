import { catalogueIndex, getCatalogue, isLeaf, listCatalogues, type Catalogue } from '@dti/catalogue';
import {
  catalogueIdFor,
  DomainError,
  formatQuarter,
  normalizeQuarter,
  parseQuarter,
  parseUnitCode,
  quarterRange,
  type QuarterString,
  type UnitCode,
} from '@dti/domain';
import { RequestValidationError } from '@dti/platform';
import { isMalformedIdentifier } from '../http-inputs/input-syntax';
import type { ReplayBound } from '@dti/read-model';

/**
 * The inputs of the read endpoints, parsed by the domain's own parsers. A value that cannot be read is a
 * bad request: 400 VALIDATION_FAILED naming the field, with the domain's code (INVALID_PERIOD,
 * INVALID_UNIT_CODE…) in `errors[].code`; a well-formed value the domain does not allow is its 422, as on
 * the command routes.
 */
export function invalidInput(field: string, message: string, code: string): RequestValidationError {
  return new RequestValidationError([{ field, message, code }]);
}

/**
 * Malformed (not even written as a period or unit code) → 400 naming the field; well-formed but not
 * allowed (a year outside the range, a quarter no catalogue covers, a reversed range) → the domain's own
 * 422, as commands answer it (http-inputs/input-syntax.ts: one rule on every route).
 */
function viaDomain<T>(field: string, parse: () => T, inputs: 'as sent' | 'well-formed' = 'as sent'): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (inputs === 'as sent' && isMalformedIdentifier(error)) throw invalidInput(field, error.message, error.code);
    throw new RequestValidationError([{ field, message: error.message, code: error.code }], { code: error.code });
  }
}

export function readUnit(value: unknown, field = 'unit'): UnitCode {
  return viaDomain(field, () => parseUnitCode(value));
}

export function readPeriod(value: unknown, field = 'period'): QuarterString {
  return viaDomain(field, () => normalizeQuarter(value));
}

/** The catalogue version in force for a quarter (what a report opened then is scored with). */
export function catalogueInForce(period: QuarterString, field = 'period'): Catalogue {
  return getCatalogue(viaDomain(field, () => catalogueIdFor(period)));
}

/** Every quarter from `from` to `to`; the domain bounds the length and refuses a range that ends first. */
export function readPeriodRange(from: QuarterString, to: QuarterString): QuarterString[] {
  // Both ends were read already: what the domain refuses here is the range itself.
  return viaDomain('to', () => quarterRange(parseQuarter(from), parseQuarter(to)), 'well-formed').map(formatQuarter);
}

/** PostgreSQL's bigint: global positions never pass through a float. */
const MAX_POSITION = 9_223_372_036_854_775_807n;

export function parsePosition(text: string): bigint | undefined {
  if (!/^\d{1,19}$/.test(text)) return undefined;
  const position = BigInt(text);
  return position <= MAX_POSITION ? position : undefined;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO-8601 instant with its offset ("2021-04-10T09:00:00+07:00", "2021-04-10T02:00:00.5Z"). Without
 * an offset the instant would depend on the server's zone, so it is refused; so is a day that does not
 * exist (JavaScript would roll 30 February over into March).
 */
export function parseInstant(text: string): Date | undefined {
  const match = ISO_INSTANT.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const offsetHours = match[8] === undefined ? 0 : Number(match[8]);
  const offsetMinutes = match[9] === undefined ? 0 : Number(match[9]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** `asOf`: a global position (an integer string) or an instant (ISO-8601 with offset). */
export function readAsOf(value: string, field = 'asOf'): ReplayBound {
  const position = parsePosition(value);
  if (position !== undefined) return { position };
  const instant = parseInstant(value);
  if (instant !== undefined) return { instant };
  throw invalidInput(
    field,
    `"${value}" is neither a global position (a whole number such as 1042) nor an ISO-8601 instant with ` +
      'its offset (such as 2021-04-10T09:00:00+07:00)',
    'INVALID_AS_OF',
  );
}

/** A timeline bound: a quarter (meaning its published report) or an instant. */
export type TimelineBoundInput = { period: QuarterString } | { instant: Date };

export function readTimelineBound(value: string, field: string): TimelineBoundInput {
  if (/^\d{4}-Q\d$/i.test(value)) return { period: readPeriod(value, field) };
  const instant = parseInstant(value);
  if (instant !== undefined) return { instant };
  throw invalidInput(
    field,
    `"${value}" is neither a quarter (such as 2021-Q1, meaning its published report) nor an ISO-8601 ` +
      'instant with its offset (such as 2021-04-10T09:00:00+07:00)',
    'INVALID_TIMELINE_BOUND',
  );
}

/** A criterion of some catalogue version: a misspelt code would otherwise just find nothing. */
export function readCriterion(code: string, field = 'criterion'): string {
  for (const catalogue of listCatalogues()) {
    const node = catalogueIndex(catalogue).get(code)?.node;
    if (node !== undefined && isLeaf(node)) return code;
  }
  throw invalidInput(field, `"${code}" is not a criterion of any catalogue (e.g. 5.1.1)`, 'UNKNOWN_CRITERION');
}

/** An instant with its offset, for a filter on when things were done; anything else is 400 INVALID_INSTANT. */
export function readInstant(value: string, field: string): Date {
  const instant = parseInstant(value);
  if (instant !== undefined) return instant;
  throw invalidInput(
    field,
    `"${value}" is not an ISO-8601 instant with its offset (such as 2021-04-10T09:00:00+07:00)`,
    'INVALID_INSTANT',
  );
}

/** Who acted: an account's username (compared lower-case, as accounts store it) or a system actor (system:seed). */
const ACTOR = /^[a-z][a-z0-9._:-]{0,63}$/;

export function readActor(value: string, field = 'actor'): string {
  const actor = value.trim().toLowerCase();
  if (ACTOR.test(actor)) return actor;
  throw invalidInput(
    field,
    `"${value}" is not a username (letters, digits, ".", "_", "-", starting with a letter) or a system actor`,
    'INVALID_ACTOR',
  );
}

/**
 * A page cursor: opaque to clients (they pass back the `nextCursor` they were given), the global position
 * of the last entry of the previous page underneath. Keyset on the position, so entries recorded while a
 * client pages never shift the pages after the one it holds.
 */
const CURSOR_PREFIX = 'p';

export function timelineCursor(position: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

export function readTimelineCursor(value: string, field = 'cursor'): string {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(value) ? Buffer.from(value, 'base64url').toString('utf8') : '';
  const position = text.startsWith(CURSOR_PREFIX) ? parsePosition(text.slice(CURSOR_PREFIX.length)) : undefined;
  if (position !== undefined) return position.toString();
  throw invalidInput(
    field,
    `"${value}" is not a cursor this API gave (pass back \`nextCursor\` as is)`,
    'INVALID_CURSOR',
  );
}
