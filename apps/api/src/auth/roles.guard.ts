import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@dti/domain';
import { RoleNotAllowedError } from './auth.errors';
import { actorOf, type AuthenticatedRequest } from './authenticated-request';
import { IS_PUBLIC_KEY } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

/**
 * Global guard after AuthenticationGuard: the caller's current role must be one the route declares with
 * @Roles(...). A route that declares none is refused to everyone, so a forgotten declaration fails closed.
 * Finer rules (own unit only, separation of duties) stay in the domain's deciders.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = actorOf(request);
    // AuthenticationGuard runs first and sets the actor on every non-public route.
    if (actor === undefined) throw new Error('RolesGuard ran before AuthenticationGuard');
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!allowed.includes(actor.role)) {
      const route = `${request.method} ${(request.originalUrl ?? request.url).split('?')[0]}`;
      throw new RoleNotAllowedError(actor.role, allowed, route);
    }
    return true;
  }
}
