import { Roles } from '../../auth/roles.decorator';

/**
 * What the bull-board routes declare, for the guards to read: they are Express middleware, not Nest
 * routes, so the access they need is written here, on a stand-in handler, in the guards' own terms.
 */
export class QueuesAccess {
  @Roles('admin')
  board(): void {
    // Never called: only its metadata is read.
  }
}
