import {
  ASSESSMENT_EVENT_VERSIONS,
  AssessmentFolder,
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEventType,
  type AssessmentState,
} from '@dti/domain';
import type { StreamFold } from '../../command-handling/stream-loading';

/** How an assessment stream (`assessment-<UNIT>-<YYYY>Q<n>`) folds: the domain's assessment decider. */
export const ASSESSMENT_FOLD: StreamFold<AssessmentState, AssessmentEventType> = {
  initialState: initialAssessmentState,
  evolve: evolveAssessment,
  eventVersions: ASSESSMENT_EVENT_VERSIONS,
  folder: () => new AssessmentFolder(),
};
