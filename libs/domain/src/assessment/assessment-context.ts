import { UnitNotFoundError } from '../domain-errors';
import type { CatalogueSchedule } from '../periods/catalogue-schedule';
import { formatQuarter, parseQuarter, type Quarter } from '../periods/quarter';
import { parseUnitCode, type UnitCode } from '../units/unit-code';
import { unitExistedIn } from '../units/unit-history';
import type { UnitState } from '../units/unit.decider';
import type { AssessmentContext } from './assessment.commands';
import { catalogueIdForAssessment } from './assessment.decider';
import type { AssessmentState } from './assessment.state';

/**
 * The facts every assessment command carries, computed the one right way from the unit's stream and
 * the assessment's own stream, so handlers do not each re-derive them. The per-criterion facts
 * (criterionExists, criterionAppliesToBlock) come from the catalogue named by `catalogueId`.
 */
export function assessmentContextFor(input: {
  unit: UnitCode;
  period: Quarter | string;
  unitState: UnitState;
  assessmentState: AssessmentState;
  schedule?: CatalogueSchedule;
}): AssessmentContext {
  const unit = parseUnitCode(input.unit);
  const quarter = parseQuarter(input.period);
  if (input.unitState.status !== 'registered' || input.unitState.code !== unit) throw UnitNotFoundError.because(unit);
  return {
    unit,
    period: formatQuarter(quarter),
    unitBlock: input.unitState.block,
    unitActive: unitExistedIn(input.unitState, quarter),
    catalogueId: catalogueIdForAssessment(input.assessmentState, quarter, input.schedule),
  };
}
