import { Injectable } from '@nestjs/common';
import {
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
 * Reads the streams the assessment commands decide on: one unit's report for one quarter, and the unit
 * itself (its block and whether it existed in the quarter). Command paths only: queries read the read model.
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
}
