import 'reflect-metadata';
import { EVENT_STORE } from '@dti/event-store';
import { GetAccountHandler } from './accounts/queries/get-account.handler';
import { ListAccountsHandler } from './accounts/queries/list-accounts.handler';
import { GetAssessmentHandler } from './assessments/queries/get-assessment.handler';
import { GetCriterionHistoryHandler } from './assessments/queries/get-criterion-history.handler';
import { ReadAccess } from './read-side/read-access';
import { CheckScorecardHandler } from './read-side/scorecards/check-scorecard.handler';
import { GetReviewQueueHandler } from './review-queue/get-review-queue.handler';
import { GetUnitHandler, ListUnitsHandler } from './units/queries/unit.query-handlers';

/**
 * Nothing on these request paths may read streams (issue #15): their handlers must not even be given the
 * event store (EVENT_STORE). The e2e guard (test/api/request-paths.e2e.spec.ts) proves the same at run time.
 */
describe('query handlers of the request paths depend on the read model, not the event store', () => {
  const STREAM_READERS: unknown[] = [EVENT_STORE];

  it.each([
    GetReviewQueueHandler,
    GetAssessmentHandler,
    GetCriterionHistoryHandler,
    ListUnitsHandler,
    GetUnitHandler,
    ListAccountsHandler,
    GetAccountHandler,
    ReadAccess,
  ])('%p', (handler) => {
    const types = (Reflect.getMetadata('design:paramtypes', handler) ?? []) as unknown[];
    expect(types.length).toBeGreaterThan(0);
    for (const dependency of dependenciesOf(handler)) expect(STREAM_READERS).not.toContain(dependency);
  });

  it('notices such a dependency (negative control)', () => {
    // The scorecard check (not a request path of these) replays the stream: it is given the event store itself.
    expect(dependenciesOf(CheckScorecardHandler).some((dependency) => STREAM_READERS.includes(dependency))).toBe(true);
  });
});

/** A class's constructor dependencies: the declared types and the tokens given with @Inject. */
function dependenciesOf(type: object): unknown[] {
  const types = (Reflect.getMetadata('design:paramtypes', type) ?? []) as unknown[];
  const injected = ((Reflect.getMetadata('self:paramtypes', type) ?? []) as Array<{ param: unknown }>).map(
    (entry) => entry.param,
  );
  return [...types, ...injected];
}
