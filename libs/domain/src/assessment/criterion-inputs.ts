import { InvalidCommandError } from '../domain-errors';
import { describeValue, isPlainObject } from '../shared/command-fields';

/**
 * The figures reported for one criterion, keyed by the catalogue's input names (a, b, value, option…).
 * The scoring engine validates them against the criterion's InputSpec before the command reaches the
 * decider; the decider only makes sure what it stores is plain JSON. Exact numbers travel as strings.
 */
export type InputValue = string | number | boolean;
export type CriterionInputs = Readonly<Record<string, InputValue>>;

const INPUT_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
const CRITERION_CODE_PATTERN = /^[0-9A-Za-z]{1,8}(\.[0-9A-Za-z]{1,8}){0,7}$/;

export function requireCriterionCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !CRITERION_CODE_PATTERN.test(value)) {
    throw InvalidCommandError.because(field, `expected a criterion code like 1.2.3, got ${describeValue(value)}`);
  }
  return value;
}

export function requireInputs(field: string, value: unknown): CriterionInputs {
  if (!isPlainObject(value))
    throw InvalidCommandError.because(field, `expected an object of inputs, got ${describeValue(value)}`);
  const entries = Object.entries(value);
  if (entries.length === 0) throw InvalidCommandError.because(field, 'at least one input is required');
  if (entries.length > 50) throw InvalidCommandError.because(field, 'at most 50 inputs');
  const inputs: Record<string, InputValue> = {};
  for (const [name, input] of entries) {
    if (!INPUT_NAME_PATTERN.test(name)) throw InvalidCommandError.because(`${field}.${name}`, 'not an input name');
    if (typeof input === 'number' && !Number.isFinite(input)) {
      throw InvalidCommandError.because(`${field}.${name}`, 'must be a finite number');
    }
    if (typeof input === 'string' && input.length > 100) {
      throw InvalidCommandError.because(`${field}.${name}`, 'at most 100 characters');
    }
    if (typeof input !== 'number' && typeof input !== 'string' && typeof input !== 'boolean') {
      throw InvalidCommandError.because(
        `${field}.${name}`,
        `expected a number, text or true/false, got ${describeValue(input)}`,
      );
    }
    inputs[name] = input;
  }
  return Object.freeze(inputs);
}

/** Orders criterion codes as the catalogue does: 1.2 before 1.10. */
export function compareCriterionCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  // Stryker disable next-line EqualityOperator,MethodExpression: a part past the shorter code meets undefined, which compares as 0 (neither < nor >), so the lengths still decide
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    const c = Number.isInteger(na) && Number.isInteger(nb) ? na - nb : pa[i] < pb[i] ? -1 : pa[i] > pb[i] ? 1 : 0;
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}
