import type { EntityManager } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { getCatalogue, type Catalogue } from '@dti/catalogue';
import type { UnitBlock } from '@dti/domain';
import { reportFromVersions, scorecardFromVersions } from '../assessment/scorecard-versions';
import { qualifiedTable } from '../read-model-schema';
import { queryInput } from './query-input';

export interface ScorecardView {
  report: UnitReportEntity;
  /** The total (depth 0), groups and sub-groups, in catalogue order. */
  nodes: ScorecardNodeEntity[];
  /** Every criterion of the unit's block, in catalogue order. */
  criteria: CriterionScoreEntity[];
}

/** A unit's scorecard for a quarter as projected, or null when it has no report for it. */
export async function findScorecard(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<ScorecardView | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const report = await manager.findOne(UnitReportEntity, { where: { unit, period } });
  if (report === null) return null;
  const nodes = await manager.find(ScorecardNodeEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  const criteria = await manager.find(CriterionScoreEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  return { report, nodes, criteria };
}

/** A scorecard's parts as they stood at a bound, read from `scorecard_versions` (dates as Date). */
export interface ScorecardAsOf {
  catalogueId: string;
  report: UnitReportEntity;
  nodes: ScorecardNodeEntity[];
  criteria: CriterionScoreEntity[];
}

const REPORT_DATES = ['openedAt', 'lastFinalizedAt', 'lastReopenedAt'] as const;
const CRITERION_DATES = ['approvedAt', 'pendingSubmittedAt'] as const;

/**
 * A unit's scorecard for a quarter as it stood at a global position or an instant (events the store had
 * recorded by then), from the versions the projection keeps: for each part of the card, its last version
 * made by the bound (one probe backwards on the primary key each; an instant is first turned into the
 * position of the last version recorded by then, one probe on the instant index), with what the catalogue
 * says of each line. Every event makes at least one version, so the newest of those is the bound's last
 * event: the report's revision and position. Null when nothing was recorded by the bound. Answers as far
 * as the projection has reached: a bound past it reads the current rows.
 */
export async function findScorecardAsOf(
  manager: EntityManager,
  query: { unit: string; period: string; asOf: { position: bigint } | { instant: Date } },
  options: { catalogues?: (id: string) => Catalogue } = {},
): Promise<ScorecardAsOf | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const table = qualifiedTable(manager.connection, 'scorecard_versions');
  let bound: string;
  if ('position' in query.asOf) {
    bound = query.asOf.position.toString();
  } else {
    const at: Array<{ valid_from: string }> = await manager.query(
      `SELECT valid_from FROM ${table}
        WHERE unit = $1 AND period = $2 AND recorded_at <= $3
        ORDER BY recorded_at DESC, valid_from DESC LIMIT 1`,
      [unit, period, queryInput.instant(query.asOf.instant, 'asOf')],
    );
    if (at.length === 0) return null;
    bound = at[0].valid_from;
  }
  const parts: Array<{
    part: string;
    code: string;
    row: Record<string, unknown>;
    valid_from: string;
    stream_revision: string;
  }> = await manager.query(
    `SELECT c.part, c.code, v.row, v.valid_from, v.stream_revision
       FROM ${table} c
       CROSS JOIN LATERAL (
         SELECT row, valid_from, stream_revision FROM ${table} v
          WHERE v.unit = c.unit AND v.period = c.period AND v.part = c.part AND v.code = c.code
            AND v.valid_from <= $3
          ORDER BY v.valid_from DESC LIMIT 1) v
      WHERE c.unit = $1 AND c.period = $2 AND c.valid_to IS NULL`,
    [unit, period, bound],
  );
  if (parts.length === 0) return null;
  // The bound's last event made the newest of the versions valid at it.
  let last = parts[0];
  for (const part of parts) if (BigInt(part.valid_from) > BigInt(last.valid_from)) last = part;
  const line = parts.find((part) => part.part === 'report')?.row;
  if (line === undefined) return null;
  const catalogue = (options.catalogues ?? getCatalogue)(String(line.catalogueId));
  const block = line.block as UnitBlock;
  const reportRow = reportFromVersions(catalogue, block, parts, {
    streamRevision: last.stream_revision,
    position: last.valid_from,
  });
  if (reportRow === null) return null;
  const report = withDates(reportRow, REPORT_DATES) as unknown as UnitReportEntity;
  const card = scorecardFromVersions(catalogue, block, parts);
  return {
    catalogueId: report.catalogueId,
    report,
    nodes: card.nodes as unknown as ScorecardNodeEntity[],
    criteria: card.criteria.map((row) => withDates(row, CRITERION_DATES)) as unknown as CriterionScoreEntity[],
  };
}

function withDates(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  for (const field of fields) {
    const value = row[field];
    if (typeof value === 'string') row[field] = new Date(value);
  }
  return row;
}
