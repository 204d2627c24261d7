import { InvalidCommandError, InvalidEvidenceError } from '@dti/domain';
import { RequestValidationError } from '@dti/platform';

/**
 * The domain's refusal of a report's figures (INVALID_COMMAND naming `progress.numerator`, INVALID_EVIDENCE naming
 * evidence #i's field) as the 422 the assessments' refusals answer: problem+json with `errors[]` (field + code), so
 * the plan page shows it at its field. Any other error passes unchanged.
 */
export function fieldRefusalOf(error: unknown): unknown {
  if (error instanceof InvalidCommandError) {
    const field = typeof error.details.field === 'string' ? error.details.field : 'progress';
    return new RequestValidationError([{ field, message: error.message, code: error.code }], { code: error.code });
  }
  if (error instanceof InvalidEvidenceError) {
    const { index, field } = error.details as { index?: unknown; field?: unknown };
    const item = typeof index === 'number' ? `evidence.${index}` : 'evidence';
    // "(item)": the whole entry is at fault, not one of its fields.
    const path = typeof field === 'string' && /^\w+$/.test(field) ? `${item}.${field}` : item;
    return new RequestValidationError([{ field: path, message: error.message, code: error.code }], {
      code: error.code,
    });
  }
  return error;
}

/** Runs a command, answering its field refusals as `fieldRefusalOf` says. */
export async function namingTheField<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw fieldRefusalOf(error);
  }
}
