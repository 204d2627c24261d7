import { InvalidCatalogueError, UnknownCatalogueError, getCatalogue } from '@dti/catalogue';
import { ScoringError, scoreCriterion } from '@dti/scoring';

export interface ScoredLine {
  criterion: string;
  /** Rounded to 2 decimals for display; the exact value stays in the engine. */
  points: number;
  max: number;
  explanation: string;
  explanationEn: string;
}

export interface FailedLine {
  criterion: string | null;
  error: { code: string; message: string; input?: string };
}

/** One request line `{"catalogue","criterion","inputs"}` → one result line. Never throws for bad input. */
export function scoreLine(line: string): ScoredLine | FailedLine {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return failed(
      null,
      'INVALID_JSON',
      `Dòng không phải JSON hợp lệ / The line is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failed(
      null,
      'INVALID_REQUEST',
      'Mỗi dòng phải là {"catalogue","criterion","inputs"} / Each line must be {"catalogue","criterion","inputs"}',
    );
  }
  const { catalogue: catalogueId, criterion, inputs } = request as Record<string, unknown>;
  const criterionCode = typeof criterion === 'string' ? criterion : null;
  if (typeof catalogueId !== 'string' || criterionCode === null) {
    return failed(
      criterionCode,
      'INVALID_REQUEST',
      'Thiếu "catalogue" hoặc "criterion" (chuỗi) / "catalogue" and "criterion" must be strings',
    );
  }
  try {
    const score = scoreCriterion(getCatalogue(catalogueId), criterionCode, inputs);
    return {
      criterion: score.criterion,
      points: score.points.toNumber(2),
      max: score.max.toNumber(2),
      explanation: score.explanation.vi,
      explanationEn: score.explanation.en,
    };
  } catch (error) {
    if (error instanceof ScoringError) {
      return { criterion: criterionCode, error: { code: error.code, message: error.message, ...inputOf(error) } };
    }
    if (error instanceof UnknownCatalogueError || error instanceof InvalidCatalogueError) {
      return failed(criterionCode, error.code, error.message);
    }
    throw error;
  }
}

function failed(criterion: string | null, code: string, message: string): FailedLine {
  return { criterion, error: { code, message } };
}

function inputOf(error: ScoringError): { input?: string } {
  return error.input === undefined ? {} : { input: error.input };
}
