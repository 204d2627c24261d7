/**
 * Authentication and roles for every feature module:
 *  - `@Public()` — no token needed (health, login); every other route needs `Authorization: Bearer <token>`;
 *  - `@Roles(...roles)` — the roles allowed (use the domain: `@Roles(...rolesWith('assessment:review'))`);
 *    a non-public route without it is refused to everyone; also documents bearer auth, 401/403 and
 *    "Roles: …" in OpenAPI;
 *  - `@CurrentActor()` — the domain's `Actor` {username, role, unit: string | null}, as the account stands now;
 *  - `RouteAccessExplorer.list()` — every route with its declared access (the authorization matrix uses it).
 * The guards are global (APP_GUARD) once AuthModule is imported in the root module.
 */
export type { Actor } from '@dti/domain';
export { AuthModule } from './auth.module';
export { Public, IS_PUBLIC_KEY } from './public.decorator';
export { Roles, ROLES_KEY } from './roles.decorator';
export { CurrentActor } from './current-actor.decorator';
export { AuthenticationGuard } from './authentication.guard';
export { RolesGuard } from './roles.guard';
export { RouteAccessExplorer } from './route-access';
export type { RouteAccess } from './route-access';
export { AccessTokens } from './access-tokens';
export type { AccessTokenResponse } from './access-tokens';
export { AuthenticationError, RoleNotAllowedError, WeakPasswordError, WrongCurrentPasswordError } from './auth.errors';
export type { AuthenticationFailure } from './auth.errors';
export { actorOf } from './authenticated-request';
export type { AuthenticatedRequest } from './authenticated-request';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPasswordPolicy,
  hashPassword,
  verifyPassword,
} from '@dti/accounts';
export { LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_WINDOW_MS } from './login-throttling';
