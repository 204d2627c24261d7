import type { Role } from '@dti/domain';

export type AuthenticationFailure =
  'UNAUTHENTICATED' | 'INVALID_TOKEN' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'INVALID_CREDENTIALS';

const WORDING: Readonly<Record<AuthenticationFailure, { vi: string; en: string }>> = {
  UNAUTHENTICATED: {
    vi: 'Cần đăng nhập: gửi tiêu đề Authorization: Bearer <token>',
    en: 'Authentication required: send Authorization: Bearer <token>',
  },
  INVALID_TOKEN: { vi: 'Mã truy cập không hợp lệ', en: 'The access token is invalid' },
  TOKEN_EXPIRED: {
    vi: 'Mã truy cập đã hết hạn; hãy đăng nhập lại',
    en: 'The access token has expired; log in again',
  },
  TOKEN_REVOKED: {
    vi: 'Mã truy cập đã bị thu hồi (mật khẩu đã đổi hoặc tài khoản đã bị khóa); hãy đăng nhập lại',
    en: 'The access token was revoked (password changed or account disabled since); log in again',
  },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
};

/** 401: the caller is not (or no longer) authenticated. Never says which part of a login was wrong. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';

  /** Prefer `because(code)`. */
  constructor(readonly code: AuthenticationFailure) {
    super(`${WORDING[code].vi} / ${WORDING[code].en}`);
  }

  static because(code: AuthenticationFailure): AuthenticationError {
    return new AuthenticationError(code);
  }
}

/**
 * 403 from the roles guard: the route does not admit the caller's role. Its own code, distinct from
 * the domain's ROLE_NOT_PERMITTED / NOT_OWN_UNIT, so clients and the authorization matrix can tell
 * "this endpoint is not for you" from "not this resource".
 */
export class RoleNotAllowedError extends Error {
  override readonly name = 'RoleNotAllowedError';
  readonly code = 'ROLE_NOT_ALLOWED' as const;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(role: Role, allowed: readonly Role[], route: string) {
    const listed = allowed.length === 0 ? '—' : allowed.join(', ');
    super(
      `Vai trò "${role}" không được dùng ${route} (dành cho: ${listed}) / ` +
        `Role "${role}" may not use ${route} (allowed: ${listed})`,
    );
    this.details = { role, allowedRoles: [...allowed], route };
  }
}

// Moved to @dti/accounts with the password policy that throws it (the CLI and the seeding use it too).
export { WeakPasswordError } from '@dti/accounts';

/** Changing one's own password needs the current one. */
export class WrongCurrentPasswordError extends Error {
  override readonly name = 'WrongCurrentPasswordError';
  readonly code = 'WRONG_CURRENT_PASSWORD' as const;
  readonly details = { field: 'currentPassword' };

  constructor() {
    super('Mật khẩu hiện tại không đúng / The current password is wrong');
  }
}

/** 403: a state-changing request carried the session cookie without the matching X-CSRF-Token header. */
export class CsrfRefusedError extends Error {
  override readonly name = 'CsrfRefusedError';
  readonly code = 'CSRF_TOKEN_INVALID' as const;

  constructor() {
    super(
      'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token); hãy tải lại trang / ' +
        'Missing or wrong anti-forgery token (X-CSRF-Token); reload the page',
    );
  }
}
