import { WeakPasswordError } from './weak-password.error';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

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
