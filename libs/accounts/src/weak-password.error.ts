/** A new password that breaks the policy (password-policy.ts); nothing was changed. */
export class WeakPasswordError extends Error {
  override readonly name = 'WeakPasswordError';
  readonly code = 'WEAK_PASSWORD' as const;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`Mật khẩu "${field}" quá yếu: ${problem} / Password "${field}" is too weak: ${problem}`);
    this.details = { field, problem };
  }
}
