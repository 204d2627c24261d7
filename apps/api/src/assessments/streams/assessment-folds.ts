import {
  ASSESSMENT_EVENT_VERSIONS,
  evolveAssessment,
  evolveUnit,
  initialAssessmentState,
  initialUnitState,
  UNIT_EVENT_VERSIONS,
  type AssessmentEventType,
  type AssessmentState,
  type UnitEventType,
  type UnitState,
} from '@dti/domain';
import type { StreamFold } from '../../command-handling/stream-loading';

/** How an assessment stream (`assessment-<UNIT>-<YYYY>Q<n>`) folds into state. */
export const ASSESSMENT_FOLD: StreamFold<AssessmentState, AssessmentEventType> = {
  initialState: initialAssessmentState,
  evolve: evolveAssessment,
  eventVersions: ASSESSMENT_EVENT_VERSIONS,
};

/** How a unit stream (`unit-<CODE>`) folds: the assessment needs the unit's block and lifetime. */
export const UNIT_FOLD: StreamFold<UnitState, UnitEventType> = {
  initialState: initialUnitState,
  evolve: evolveUnit,
  eventVersions: UNIT_EVENT_VERSIONS,
};
