import { getCatalogue, isLeaf, catalogueIndex, type Catalogue } from '@dti/catalogue';
import {
  assessmentContextFor,
  type AssessmentContext,
  type AssessmentState,
  type CatalogueSchedule,
  type CriterionFacts,
  type UnitCode,
  type UnitState,
} from '@dti/domain';

/**
 * The facts an assessment command carries, computed from the unit's stream, the assessment's own
 * stream and the catalogue version the assessment uses (fixed when it opened). The domain decides
 * with them; the handler only gathers them.
 */
export interface AssessmentFacts {
  assessment: AssessmentContext;
  catalogue: Catalogue;
}

export function assessmentFactsFor(input: {
  unit: UnitCode;
  period: string;
  unitState: UnitState;
  assessmentState: AssessmentState;
  schedule?: CatalogueSchedule;
}): AssessmentFacts {
  const assessment = assessmentContextFor(input);
  return { assessment, catalogue: getCatalogue(assessment.catalogueId) };
}

/** Is the code a scored criterion of the catalogue, and does it apply to the unit's block? */
export function criterionFactsFor(facts: AssessmentFacts, criterion: string): CriterionFacts {
  const entry = catalogueIndex(facts.catalogue).get(criterion);
  const criterionExists = entry !== undefined && isLeaf(entry.node);
  return {
    criterionExists,
    criterionAppliesToBlock: criterionExists && entry.appliesTo.includes(facts.assessment.unitBlock),
  };
}
