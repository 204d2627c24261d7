import type { Catalogue } from '@dti/catalogue';
import { assessmentStreamId } from '@dti/domain';
import type { EventStore, RecordedEvent } from '@dti/event-store';
import { replayAssessment, type ReplayBound, type ReplayedScorecard } from './replay-scorecard';

/** Reads a unit-quarter's stream and replays it (as of a position or instant): "as-of" scorecards for inspectors. */
export async function replayFromStore(
  store: EventStore,
  query: {
    unit: string;
    period: string;
    asOf?: ReplayBound;
    catalogues?: (id: string) => Catalogue;
    versions?: boolean;
  },
): Promise<{ events: RecordedEvent[]; replayed: ReplayedScorecard | null }> {
  const streamId = assessmentStreamId(query.unit, query.period);
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) events.push(event);
  return {
    events,
    replayed: replayAssessment(events, { asOf: query.asOf, catalogues: query.catalogues, versions: query.versions }),
  };
}
