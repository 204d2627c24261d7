import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import {
  ASSESSMENT_STREAM_PREFIX,
  parseUnitCode,
  unitStreamId,
  type AssessmentEventType,
  type AssessmentState,
  type UnitCode,
  type UnitState,
} from '@dti/domain';
import { loadStream, type LoadedStream } from '../../command-handling/stream-loading';
import { ASSESSMENT_FOLD, UNIT_FOLD } from './assessment-folds';

export type LoadedAssessment = LoadedStream<AssessmentState, AssessmentEventType>;

/**
 * Reads the streams the assessment workflow folds: one unit's report for one quarter, and the unit
 * itself (its block and whether it existed in the quarter).
 */
@Injectable()
export class AssessmentStreamReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  loadAssessmentStream(streamId: string): Promise<LoadedAssessment> {
    return loadStream(this.store, streamId, ASSESSMENT_FOLD);
  }

  async loadUnit(unit: UnitCode): Promise<UnitState> {
    return (await loadStream(this.store, unitStreamId(parseUnitCode(unit)), UNIT_FOLD)).state;
  }

  /** Every assessment stream id, or those of one unit. */
  listAssessmentStreams(unit?: UnitCode): Promise<string[]> {
    const prefix = unit === undefined ? ASSESSMENT_STREAM_PREFIX : `${ASSESSMENT_STREAM_PREFIX}${parseUnitCode(unit)}-`;
    return this.store.listStreams(prefix);
  }
}
