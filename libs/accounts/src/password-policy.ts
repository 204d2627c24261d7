import { WeakPasswordError } from './weak-password.error';

/**
 * The password policy, in one place: the DTOs, the seeding and the operators' CLI all use it. Length is
 * what matters (NIST SP 800-63B): at least 10 characters, no composition rules; the upper bound only
 * keeps a request from making the hasher chew megabytes.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Throws WeakPasswordError naming `field` when the password breaks the policy. */
export function checkPasswordPolicy(password: unknown, field = 'password', username?: string): string {
  if (typeof password !== 'string') throw new WeakPasswordError(field, 'expected text');
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new WeakPasswordError(field, `at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    throw new WeakPasswordError(field, `at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (username !== undefined && password.trim().toLowerCase() === username.trim().toLowerCase()) {
    throw new WeakPasswordError(field, 'must not be the username');
  }
  return password;
}
