import type { Bilingual } from '@dti/scoring';

// Its own file: the state's rows (assessment-rows) and the view's stored texts (criterion-view-parts) both use it.

/** An exact number as the API shows it: the rational in lowest terms and its 2-decimal rounding. */
export interface StoredExact {
  exact: string;
  display: string;
}

/** What the engine made of one submission's figures, kept beside the state so no reader scores them again. */
export interface StoredSubmissionScore {
  points: StoredExact;
  max: StoredExact;
  explanation: Bilingual;
  ruleKind: string;
}
