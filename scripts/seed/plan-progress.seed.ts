import { planDemoAppends, type PlanDemoOptions } from '@dti/domain';
import { WrongExpectedVersionError, type EventStore } from '@dti/event-store';

export interface PlanProgressSeedingReport {
  appended: string[];
  alreadyPresent: string[];
  events: number;
}

/**
 * Demo progress of plan 222 (for `npm run seed -- --demo`): each year's Q4 stream of the plan, every row
 * reported by its lead agency's demo submitter ("sub-<unit>") and approved by "reviewer". A stream that already
 * exists is left alone, so a rerun (or real reports already made) is never overwritten.
 */
export async function seedPlanProgress(
  store: Pick<EventStore, 'append' | 'streamRevision'>,
  options: PlanDemoOptions = {},
): Promise<PlanProgressSeedingReport> {
  const report: PlanProgressSeedingReport = { appended: [], alreadyPresent: [], events: 0 };
  for (const append of planDemoAppends(options)) {
    if ((await store.streamRevision(append.streamId)) !== null) {
      report.alreadyPresent.push(append.streamId);
      continue;
    }
    try {
      await store.append(append.streamId, append.events, append.expectedRevision);
      report.appended.push(append.streamId);
      report.events += append.events.length;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      report.alreadyPresent.push(append.streamId);
    }
  }
  return report;
}
