/**
 * Why a criterion could not be scored. A bad input never scores a silent 0: it is one of these.
 */
export type ScoringErrorCode =
  | 'UNKNOWN_CATALOGUE'
  | 'INVALID_CATALOGUE'
  | 'UNKNOWN_CRITERION'
  | 'NOT_A_CRITERION'
  | 'INVALID_INPUTS'
  | 'MISSING_INPUT'
  | 'UNKNOWN_INPUT'
  | 'INVALID_TYPE'
  | 'NEGATIVE_VALUE'
  | 'NOT_AN_INTEGER'
  | 'ZERO_DENOMINATOR'
  | 'NUMERATOR_EXCEEDS_DENOMINATOR'
  | 'OPTION_OUT_OF_RANGE'
  | 'COUNT_EXCEEDS_SET'
  /** A score-card entry that is neither `{ inputs }` nor `{ notApplicable: { reason } }`. */
  | 'INVALID_ENTRY';

export interface ScoringErrorDetails {
  /** The input the error is about, by its contract name ("a", "b", "value"…). */
  input?: string;
  criterion?: string;
}

export class ScoringError extends Error {
  readonly input?: string;
  readonly criterion?: string;

  /** `message` is `${vi} / ${en}`: the Vietnamese for the people reporting, the English alongside. */
  constructor(
    readonly code: ScoringErrorCode,
    readonly messageVi: string,
    readonly messageEn: string,
    details: ScoringErrorDetails = {},
  ) {
    super(`${messageVi} / ${messageEn}`);
    this.name = 'ScoringError';
    // Stryker disable next-line ConditionalExpression: equivalent, ES2022 class fields already define `input` (undefined)
    if (details.input !== undefined) this.input = details.input;
    // Stryker disable next-line ConditionalExpression: equivalent, ES2022 class fields already define `criterion`
    if (details.criterion !== undefined) this.criterion = details.criterion;
  }
}
