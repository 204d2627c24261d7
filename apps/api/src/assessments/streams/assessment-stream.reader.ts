import { Injectable } from '@nestjs/common';
import {
  ASSESSMENT_STREAM_PREFIX,
  parseUnitCode,
  unitStreamId,
  type AssessmentEventType,
  type AssessmentState,
  type UnitCode,
  type UnitState,
} from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import type { LoadedStream } from '../../command-handling/stream-loading';
import { unitStream } from '../../units/unit-stream';
import { ASSESSMENT_FOLD } from './assessment-folds';

export type LoadedAssessment = LoadedStream<AssessmentState, AssessmentEventType>;

/**
 * Reads the streams the assessment workflow folds: one unit's report for one quarter, and the unit
 * itself (its block and whether it existed in the quarter).
 */
@Injectable()
export class AssessmentStreamReader {
  constructor(private readonly streams: StreamCommandExecutor) {}

  loadAssessmentStream(streamId: string): Promise<LoadedAssessment> {
    return this.streams.loadStream(streamId, ASSESSMENT_FOLD);
  }

  async loadUnit(unit: UnitCode): Promise<UnitState> {
    return (await this.streams.loadStream(unitStreamId(parseUnitCode(unit)), unitStream)).state;
  }

  /** Every assessment stream id, or those of one unit. */
  listAssessmentStreams(unit?: UnitCode): Promise<string[]> {
    const prefix = unit === undefined ? ASSESSMENT_STREAM_PREFIX : `${ASSESSMENT_STREAM_PREFIX}${parseUnitCode(unit)}-`;
    return this.streams.store.listStreams(prefix);
  }
}
