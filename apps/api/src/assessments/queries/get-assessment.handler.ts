import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  assessmentStreamId,
  formatQuarter,
  mayReadAssessment,
  NotOwnUnitError,
  parseQuarter,
  parseUnitCode,
  UnitNotFoundError,
} from '@dti/domain';
import type { AssessmentViewResponse } from '../dto/assessment-view.response';
import { assessmentFactsFor } from '../streams/assessment-facts';
import { AssessmentStreamReader } from '../streams/assessment-stream.reader';
import { assessmentView } from './assessment-view';
import { GetAssessmentQuery } from './get-assessment.query';

/**
 * Folds the assessment stream straight from the event store. A later issue serves this from the
 * PostgreSQL projections; the view (assessment-view.ts) stays the same.
 */
@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery, AssessmentViewResponse> {
  constructor(private readonly reader: AssessmentStreamReader) {}

  async execute(query: GetAssessmentQuery): Promise<AssessmentViewResponse> {
    const unit = parseUnitCode(query.unit);
    const period = formatQuarter(parseQuarter(query.period));
    // Submitters read their own unit only; the rule is the domain's.
    if (!mayReadAssessment(query.reader, unit)) {
      throw NotOwnUnitError.because(query.reader.username, query.reader.unit ?? undefined, unit);
    }
    const unitState = await this.reader.loadUnit(unit);
    if (unitState.status !== 'registered') throw UnitNotFoundError.because(unit);
    const loaded = await this.reader.loadAssessmentStream(assessmentStreamId(unit, period));
    const { catalogue } = assessmentFactsFor({ unit, period, unitState, assessmentState: loaded.state });
    return assessmentView({ unit: unitState, period, catalogue, state: loaded.state, revision: loaded.revision });
  }
}
