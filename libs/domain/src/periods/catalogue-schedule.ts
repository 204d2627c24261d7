import { CatalogueNotConfiguredError, InvalidCatalogueScheduleError } from '../domain-errors';
import { compareQuarters, formatQuarter, parseQuarter, type Quarter, type QuarterString } from './quarter';

/**
 * Which criteria catalogue is in force for a quarter. Each entry holds from its quarter until the
 * next entry's; the last holds until configured otherwise. The assessment fixes the version it
 * opened with (AssessmentOpened.catalogueId), so changing this schedule never rescores the past.
 */
export interface CatalogueScheduleEntry {
  from: QuarterString;
  catalogueId: string;
}

export type CatalogueSchedule = readonly CatalogueScheduleEntry[];

/** Plan 222/KH-UBND's Appendix 4 ("tth-2020") from the first quarter of 2021 on. */
export const DEFAULT_CATALOGUE_SCHEDULE: CatalogueSchedule = Object.freeze([
  Object.freeze({ from: '2021-Q1', catalogueId: 'tth-2020' } as const),
]);

const CATALOGUE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Checks a configured schedule (e.g. from the environment) and returns it in order. */
export function validateCatalogueSchedule(entries: unknown): CatalogueSchedule {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw InvalidCatalogueScheduleError.because('expected a non-empty list of {from, catalogueId}');
  }
  const parsed = entries.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) {
      throw InvalidCatalogueScheduleError.because(`entry ${i} is not an object`);
    }
    const { from, catalogueId } = entry as Record<string, unknown>;
    let quarter: Quarter;
    try {
      quarter = parseQuarter(from);
    } catch {
      throw InvalidCatalogueScheduleError.because(`entry ${i}: "from" must be a quarter like 2021-Q1`);
    }
    if (typeof catalogueId !== 'string' || !CATALOGUE_ID_PATTERN.test(catalogueId.toLowerCase())) {
      throw InvalidCatalogueScheduleError.because(`entry ${i}: "catalogueId" must be an id like tth-2020`);
    }
    // Catalogue ids are case-insensitive; the lower-case spelling is the one stored in events.
    return { quarter, catalogueId: catalogueId.toLowerCase() };
  });
  parsed.sort((a, b) => compareQuarters(a.quarter, b.quarter));
  for (let i = 1; i < parsed.length; i++) {
    if (compareQuarters(parsed[i - 1].quarter, parsed[i].quarter) === 0) {
      throw InvalidCatalogueScheduleError.because(`two entries start in ${formatQuarter(parsed[i].quarter)}`);
    }
  }
  return Object.freeze(
    parsed.map((p) => Object.freeze({ from: formatQuarter(p.quarter), catalogueId: p.catalogueId })),
  );
}

/** The catalogue in force for a period; throws CatalogueNotConfiguredError before the first entry. */
export function catalogueIdFor(
  period: Quarter | string,
  schedule: CatalogueSchedule = DEFAULT_CATALOGUE_SCHEDULE,
): string {
  const quarter = parseQuarter(period);
  let found: { from: Quarter; catalogueId: string } | undefined;
  for (const entry of schedule) {
    const from = parseQuarter(entry.from);
    if (compareQuarters(from, quarter) > 0) continue;
    // Stryker disable next-line EqualityOperator: equivalent for a validated schedule, where no two entries start in the same quarter
    if (found === undefined || compareQuarters(from, found.from) > 0) found = { from, catalogueId: entry.catalogueId };
  }
  if (found === undefined) {
    throw CatalogueNotConfiguredError.because(formatQuarter(quarter), schedule[0]?.from ?? '—');
  }
  return found.catalogueId;
}
