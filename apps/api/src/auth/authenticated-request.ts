import type { Actor } from '@dti/domain';

/**
 * The request as the authentication guard leaves it: `actor` is the account as it stands NOW (read
 * from its stream on this very request), never the claims of the token.
 */
export interface AuthenticatedRequest {
  actor?: Actor;
  method: string;
  url: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
}

export function actorOf(request: AuthenticatedRequest): Actor | undefined {
  return request.actor;
}
