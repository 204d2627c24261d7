import { InvalidCommandError } from '../domain-errors';

/**
 * Shape checks for the fields of commands. Commands arrive from JSON bodies, so the deciders check
 * them again rather than trust the compile-time types, and name the field at fault.
 */

export function requireText(field: string, value: unknown, maxLength = 500): string {
  if (typeof value !== 'string') {
    throw InvalidCommandError.because(field, `expected text, got ${describeValue(value)}`);
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) throw InvalidCommandError.because(field, 'must not be empty');
  if (trimmed.length > maxLength) {
    throw InvalidCommandError.because(field, `must be at most ${maxLength} characters (got ${trimmed.length})`);
  }
  return trimmed;
}

export function optionalText(field: string, value: unknown, maxLength = 500): string | null {
  if (value === undefined || value === null) return null;
  return requireText(field, value, maxLength);
}

export function requireBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw InvalidCommandError.because(field, `expected true or false, got ${describeValue(value)}`);
  }
  return value;
}

/** Ids chosen by the caller (submission ids, command ids): printable, no spaces, bounded. */
export function requireId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(value)) {
    throw InvalidCommandError.because(
      field,
      `expected an id of 1–128 letters, digits, ".", "_", ":" or "-", got ${describeValue(value)}`,
    );
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
