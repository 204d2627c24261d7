import type { Catalogue } from '@dti/catalogue';
import { assessmentStreamId } from '@dti/domain';
import type { EventStore, RecordedEvent } from '@dti/event-store';
import { replayAssessment, type ReplayBound, type ReplayedScorecard } from './replay-scorecard';

/**
 * Reads a unit-quarter's stream and replays it (as of a position or instant): "as-of" scorecards for
 * inspectors. With a position bound the read stops at the first event past it (a stream's positions grow
 * with its revisions), so `events` ends there too — unless `wholeStream` asks for every event.
 */
export async function replayFromStore(
  store: EventStore,
  query: {
    unit: string;
    period: string;
    asOf?: ReplayBound;
    catalogues?: (id: string) => Catalogue;
    versions?: boolean;
    /** Read the whole stream even past a position bound (a caller that counts the events after it). */
    wholeStream?: boolean;
  },
): Promise<{ events: RecordedEvent[]; replayed: ReplayedScorecard | null }> {
  const streamId = assessmentStreamId(query.unit, query.period);
  const events: RecordedEvent[] = [];
  const bound = query.asOf !== undefined && 'position' in query.asOf && query.wholeStream !== true ? query.asOf : null;
  for await (const event of store.readStream(streamId)) {
    if (bound !== null && event.position > bound.position) break;
    events.push(event);
  }
  return {
    events,
    replayed: replayAssessment(events, { asOf: query.asOf, catalogues: query.catalogues, versions: query.versions }),
  };
}
