import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import {
  catalogueIdForAssessment,
  initialAssessmentState,
  UnitNotFoundError,
  type AssessmentState,
  type OpenedAssessment,
} from '@dti/domain';
import {
  findAssessmentViewText,
  findBoundedAssessmentState,
  findUnitStates,
  type AssessmentViewText,
  type StoredSubmissionScore,
} from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { RegisteredUnit } from '@dti/domain';
import { OwnWrites } from '../../command-handling/own-writes';
import { unitsOf } from '../../units/queries/unit.query-handlers';
import { assessmentView, assessmentViewText, RECENT_HISTORY, RECENT_SUBMISSIONS } from './assessment-view';
import { readableAssessment } from './assessment-reader';
import { AssessmentViewJson, GetAssessmentQuery } from './get-assessment.query';

const BOUNDS = { submissions: RECENT_SUBMISSIONS, history: RECENT_HISTORY };

/**
 * From the read model: the unit's row of the register and the unit-quarter's folded state with the
 * stream revision it reflects (a client sends that revision back, so a stale read still ends in a proper
 * conflict). The reader's own recent commands are waited for (OwnWrites), so a submitter sees their
 * submission at once. No stream is read on this path, and nothing is scored on it: the criteria and
 * totals are the projector's scorecard rows for the state. Per criterion only the latest submissions and
 * history entries are read (issue #12: the answer's cost must not grow with the quarter's history); older
 * entries are GET …/criteria/{criterion}/history's.
 *
 * The answer is JSON text (issue #12's profile: parsing the rows, building the view and serialising it
 * again was most of the request): each criterion's members from its record are the text the writers
 * stored (`findAssessmentViewText`), and only the card's part is built here (`assessmentViewText`). A state
 * the stored parts cannot serve (a row from before they were kept, another catalogue or block) is read and
 * built as an object (`assessmentView`) — the same answer.
 */
@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery, AssessmentViewJson> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute(query: GetAssessmentQuery): Promise<AssessmentViewJson> {
    const { unit, period } = await readableAssessment(this.ownWrites, query);
    const db = this.dataSource.manager;
    const [[unitState], text] = await Promise.all([
      findUnitStates(db, [unit]).then(unitsOf),
      findAssessmentViewText(db, unit, period, BOUNDS),
    ]);
    if (unitState === undefined) throw UnitNotFoundError.because(unit);
    const fast = text === null ? null : fromText(unitState, period, text);
    return new AssessmentViewJson(fast ?? (await assessmentTextFromState(db, unitState, period)));
  }
}

/** The answer from the stored texts; null when they cannot serve it. */
function fromText(unit: RegisteredUnit, period: string, text: AssessmentViewText): string | null {
  const state = text.state;
  const own = state.submissions as Record<string, unknown> | undefined;
  // A state row written before its parts were kept holds them itself.
  if (own !== undefined && Object.keys(own).length > 0) return null;
  const ownCriteria = state.criteria as Record<string, unknown> | undefined;
  if (text.records.length === 0 && ownCriteria !== undefined && Object.keys(ownCriteria).length > 0) return null;
  const opened = state as unknown as OpenedAssessment;
  if (state.status === undefined || state.status === 'not_opened') return null;
  const catalogue = getCatalogue(catalogueIdForAssessment(opened, period));
  if (text.catalogueId !== catalogue.id) return null;
  return assessmentViewText({
    unit,
    period,
    catalogue,
    opened,
    revision: BigInt(text.revision),
    projected: text,
    records: text.records,
  });
}

/** The answer built from the (bounded) folded state, as an object, then its text (also the specs' reference). */
export async function assessmentTextFromState(
  db: EntityManager,
  unit: RegisteredUnit,
  period: string,
): Promise<string> {
  const projected = await findBoundedAssessmentState(db, unit.code, period, BOUNDS);
  const state = (projected?.state ?? initialAssessmentState) as unknown as AssessmentState;
  const revision = projected === null ? null : BigInt(projected.revision);
  const scores = projected?.state.submissionScores as Record<string, StoredSubmissionScore | null> | undefined;
  const catalogue = getCatalogue(catalogueIdForAssessment(state, period));
  // The criteria and totals as the projector scored them (same snapshot as the state).
  const scorecard = projected?.catalogueId === catalogue.id ? projected : undefined;
  return JSON.stringify(
    assessmentView({
      unit,
      period,
      catalogue,
      state,
      revision,
      scores,
      projected: scorecard,
      totals: projected?.totals,
    }),
  );
}
