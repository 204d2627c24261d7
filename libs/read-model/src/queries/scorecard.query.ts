import type { EntityManager } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { getCatalogue, type Catalogue } from '@dti/catalogue';
import type { UnitBlock } from '@dti/domain';
import { scorecardFromVersions } from '../assessment/scorecard-versions';
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
 * recorded by then), from the versions the projection keeps: the bound's report line (one probe
 * backwards on the primary key or the instant index), then, for each part of the card, its last version
 * made by then (one probe each), with what the catalogue says of each line. Null when nothing was recorded by the bound. Answers as far as the
 * projection has reached: a bound past it reads the current rows.
 */
export async function findScorecardAsOf(
  manager: EntityManager,
  query: { unit: string; period: string; asOf: { position: bigint } | { instant: Date } },
  options: { catalogues?: (id: string) => Catalogue } = {},
): Promise<ScorecardAsOf | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const table = qualifiedTable(manager.connection, 'scorecard_versions');
  const at: Array<{ valid_from: string }> =
    'position' in query.asOf
      ? await manager.query(
          `SELECT valid_from FROM ${table}
            WHERE unit = $1 AND period = $2 AND part = 'report' AND code = '' AND valid_from <= $3
            ORDER BY valid_from DESC LIMIT 1`,
          [unit, period, query.asOf.position.toString()],
        )
      : await manager.query(
          `SELECT valid_from FROM ${table}
            WHERE unit = $1 AND period = $2 AND part = 'report' AND recorded_at <= $3
            ORDER BY recorded_at DESC, valid_from DESC LIMIT 1`,
          [unit, period, queryInput.instant(query.asOf.instant, 'asOf')],
        );
  if (at.length === 0) return null;
  const parts: Array<{ part: string; code: string; row: Record<string, unknown> }> = await manager.query(
    `SELECT c.part, c.code, v.row
       FROM ${table} c
       CROSS JOIN LATERAL (
         SELECT row FROM ${table} v
          WHERE v.unit = c.unit AND v.period = c.period AND v.part = c.part AND v.code = c.code
            AND v.valid_from <= $3
          ORDER BY v.valid_from DESC LIMIT 1) v
      WHERE c.unit = $1 AND c.period = $2 AND c.valid_to IS NULL`,
    [unit, period, at[0].valid_from],
  );
  const reportPart = parts.find((part) => part.part === 'report');
  if (reportPart === undefined) return null;
  const report = withDates(reportPart.row, REPORT_DATES) as unknown as UnitReportEntity;
  const card = scorecardFromVersions(
    (options.catalogues ?? getCatalogue)(report.catalogueId),
    report.block as UnitBlock,
    parts,
  );
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
