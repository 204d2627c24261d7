import { WeakPasswordError } from './auth.errors';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
import { tokenTtlSeconds } from './token-ttl';

describe('password policy', () => {
  it('wants length, not composition', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(checkPasswordPolicy('mật khẩu dài')).toBe('mật khẩu dài');
    expect(checkPasswordPolicy('aaaaaaaaaa')).toBe('aaaaaaaaaa');
  });

  it('refuses short, huge, non-text and username passwords, naming the field', () => {
    expect(() => checkPasswordPolicy('123456789')).toThrow(WeakPasswordError);
    expect(() => checkPasswordPolicy('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toThrow(/at most/);
    expect(() => checkPasswordPolicy(12345678901)).toThrow(/expected text/);
    expect(() => checkPasswordPolicy('Lan.STTTT.01', 'newPassword', 'lan.stttt.01')).toThrow(/newPassword/);
    // Counted in characters, not UTF-16 units: nine emoji are nine characters.
    expect(() => checkPasswordPolicy('😀'.repeat(9))).toThrow(WeakPasswordError);
  });
});

describe('JWT_TTL', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(tokenTtlSeconds('900')).toBe(900);
    expect(tokenTtlSeconds('15m')).toBe(900);
    expect(tokenTtlSeconds('8h')).toBe(28_800);
    expect(tokenTtlSeconds('1d')).toBe(86_400);
    expect(() => tokenTtlSeconds('1w')).toThrow(RangeError);
  });
});
