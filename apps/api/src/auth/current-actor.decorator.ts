import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@dti/domain';
import { actorOf, type AuthenticatedRequest } from './authenticated-request';

/** The authenticated account as it stands now: `handler(@CurrentActor() actor: Actor)`. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
  // A defect of ours (an @Public() route asking for the actor), not the caller's: a 500.
  if (actor === undefined) throw new Error('@CurrentActor() used on a route without an authenticated actor');
  return actor;
});
