import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import { catalogueIdForAssessment, initialAssessmentState, UnitNotFoundError, type AssessmentState } from '@dti/domain';
import { findBoundedAssessmentState, findUnitStates, type StoredSubmissionScore } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../../command-handling/own-writes';
import { unitsOf } from '../../units/queries/unit.query-handlers';
import type { AssessmentViewResponse } from '../dto/assessment-view.response';
import { assessmentView, RECENT_HISTORY, RECENT_SUBMISSIONS } from './assessment-view';
import { readableAssessment } from './assessment-reader';
import { GetAssessmentQuery } from './get-assessment.query';

/**
 * From the read model: the unit's row of the register and the unit-quarter's folded state with the
 * stream revision it reflects (a client sends that revision back, so a stale read still ends in a proper
 * conflict). The reader's own recent commands are waited for (OwnWrites), so a submitter sees their
 * submission at once. No stream is read on this path, and nothing is scored on it: the criteria and
 * totals are the projector's scorecard rows for the state, and the submissions' scores the ones it
 * stored beside the state (`submissionScores`). Per criterion only the latest submissions and history
 * entries are read (issue #12: the answer's cost must not grow with the quarter's history); older entries
 * are GET …/criteria/{criterion}/history's.
 */
@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery, AssessmentViewResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute(query: GetAssessmentQuery): Promise<AssessmentViewResponse> {
    const { unit, period } = await readableAssessment(this.ownWrites, query);
    const db = this.dataSource.manager;
    const [[unitState], projected] = await Promise.all([
      findUnitStates(db, [unit]).then(unitsOf),
      findBoundedAssessmentState(db, unit, period, { submissions: RECENT_SUBMISSIONS, history: RECENT_HISTORY }),
    ]);
    if (unitState === undefined) throw UnitNotFoundError.because(unit);
    const state = (projected?.state ?? initialAssessmentState) as unknown as AssessmentState;
    const revision = projected === null ? null : BigInt(projected.revision);
    const scores = projected?.state.submissionScores as Record<string, StoredSubmissionScore | null> | undefined;
    const catalogue = getCatalogue(catalogueIdForAssessment(state, period));
    // The criteria and totals as the projector scored them (same snapshot as the state).
    const scorecard = projected?.catalogueId === catalogue.id ? projected : undefined;
    return assessmentView({
      unit: unitState,
      period,
      catalogue,
      state,
      revision,
      scores,
      projected: scorecard,
      totals: projected?.totals,
    });
  }
}
