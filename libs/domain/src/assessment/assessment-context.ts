import { catalogueIndex, getCatalogue, isLeaf } from '@dti/catalogue';
import { UnitNotFoundError } from '../domain-errors';
import type { CatalogueSchedule } from '../periods/catalogue-schedule';
import { formatQuarter, parseQuarter, type Quarter } from '../periods/quarter';
import { parseUnitCode, type UnitCode } from '../units/unit-code';
import { unitExistedIn } from '../units/unit-history';
import type { UnitState } from '../units/unit.decider';
import type { AssessmentCommand, AssessmentContext, CriterionFacts } from './assessment.commands';
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
  if (
    // Stryker disable next-line ConditionalExpression: an unregistered state has no code, so the code test alone refuses it (this one narrows the type)
    input.unitState.status !== 'registered' ||
    input.unitState.code !== unit
  ) {
    throw UnitNotFoundError.because(unit);
  }
  return {
    unit,
    period: formatQuarter(quarter),
    unitBlock: input.unitState.block,
    unitActive: unitExistedIn(input.unitState, quarter),
    catalogueId: catalogueIdForAssessment(input.assessmentState, quarter, input.schedule),
  };
}

/** An assessment command as a caller builds it: without the facts `assessmentCommandFor` adds. */
export type AssessmentCommandDraft = AssessmentCommand extends infer C
  ? C extends AssessmentCommand
    ? { type: C['type']; data: Omit<C['data'], keyof CriterionFacts> }
    : never
  : never;

/**
 * The command with the assessment's facts, computed the one right way. For figures and "not applicable":
 * whether the criterion is a scored one of the catalogue version and applies to the unit's block. Who may
 * report and whether the figures can be scored are the decider's rules (it checks them, 403 before 400).
 */
export function assessmentCommandFor(
  draft: AssessmentCommandDraft,
  base: Pick<AssessmentCommand, 'assessment' | 'metadata'>,
): AssessmentCommand {
  if (draft.type !== 'SubmitFigures' && draft.type !== 'DeclareNotApplicable') {
    return { ...draft, ...base } as AssessmentCommand;
  }
  const catalogue = getCatalogue(base.assessment.catalogueId);
  const entry = catalogueIndex(catalogue).get(draft.data.criterion);
  const criterionExists = entry !== undefined && isLeaf(entry.node);
  const criterionAppliesToBlock = criterionExists && entry.appliesTo.includes(base.assessment.unitBlock);
  // The decider reads plain JSON objects, as a command arrives from any source (not request DTO instances).
  const evidence = draft.data.evidence?.map((item) => ({ ...item }));
  const data = { ...draft.data, evidence, criterionExists, criterionAppliesToBlock };
  return { ...draft, ...base, data } as AssessmentCommand;
}
