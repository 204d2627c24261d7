import type { Catalogue } from '@dti/catalogue';
import { RequestValidationError } from '@dti/platform';
import { scoreCriterion, ScoringError } from '@dti/scoring';

/**
 * Checks reported figures with the scoring engine against the criterion's declared inputs, in the
 * catalogue version the assessment uses: figures that could not be scored are refused before anything
 * is stored, as a 400 whose `errors[]` carries the engine's code and names the input at fault.
 */
export function requireScorableInputs(catalogue: Catalogue, criterion: string, inputs: unknown): void {
  try {
    scoreCriterion(catalogue, criterion, inputs);
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    throw new RequestValidationError([
      {
        field: error.input === undefined ? 'inputs' : `inputs.${error.input}`,
        message: error.message,
        code: error.code,
      },
    ]);
  }
}
