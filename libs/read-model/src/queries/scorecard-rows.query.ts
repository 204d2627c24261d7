import type { EntityManager } from 'typeorm';
import type { StatusCountsJson } from '../assessment/scorecard-node.entity';
import { qualifiedTable } from '../read-model-schema';
import { queryInput } from './query-input';

/** The report line of a projected scorecard: plain values (dates as Date), no entity. */
export interface ScorecardReportLine {
  catalogueId: string;
  status: 'open' | 'finalized' | 'reopened';
  version: number;
  pointsExact: string;
  applicableMaxExact: string;
  percentExact: string | null;
  counts: StatusCountsJson;
  pendingCount: number;
  openedAt: Date;
  lastFinalizedAt: Date | null;
  lastReopenedAt: Date | null;
  /** bigint as text. */
  streamRevision: string;
  /** bigint as text. */
  position: string;
}

export interface ScorecardNodeLine {
  nodeCode: string;
  parentCode: string | null;
  depth: number;
  title: string;
  pointsExact: string;
  applicableMaxExact: string;
  percentExact: string | null;
  counts: StatusCountsJson;
}

export interface ScorecardCriterionLine {
  criterion: string;
  parentCode: string;
  title: string;
  ruleKind: string;
  status: string;
  pointsExact: string;
  maxExact: string;
  applicableMaxExact: string;
  explanationVi: string | null;
  explanationEn: string | null;
  notApplicableReason: string | null;
  officialSubmissionId: string | null;
  officialInputs: Record<string, unknown> | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  errorCode: string | null;
  errorMessage: string | null;
  pendingSubmissionId: string | null;
  pendingKind: string | null;
  pendingCorrects: string | null;
  pendingSubmittedBy: string | null;
  pendingSubmittedAt: Date | null;
}

export interface ScorecardLines {
  report: ScorecardReportLine;
  /** The total (depth 0), groups and sub-groups, in catalogue order. */
  nodes: ScorecardNodeLine[];
  /** Every criterion of the unit's block, in catalogue order. */
  criteria: ScorecardCriterionLine[];
}

/**
 * A unit's projected scorecard for a quarter in ONE statement (one round trip, one snapshot): the report
 * line, the nodes and the criteria as JSON built by PostgreSQL, with only the columns the scorecard shows.
 * The request path's replacement for `findScorecard`'s three entity reads (TypeORM's query building and
 * hydration of ~150 entities of ~35 columns was most of the scorecard's own time). Null when the unit has
 * no report for the quarter.
 */
export async function findScorecardLines(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<ScorecardLines | null> {
  return (await findVersionedScorecardLines(manager, query))?.lines ?? null;
}

/**
 * The card's version, from the row versions (`xmin`) of its report row, nodes and criteria and the tables
 * they are in (`tableoid`): any write to any of them — a key job's upsert or delete and insert, a reset, a
 * rebuild's new tables, a repair by hand — gives a row a new `xmin`, so the version changes (the sums of the
 * parts' `xmin` change with any one of them: transaction ids only grow, short of wrap-around). Text, opaque;
 * one probe of the report row and the card's ~150 part rows by their primary keys, no JSON built.
 */
function cardVersion(manager: EntityManager): string {
  const part = (table: string, alias: string) =>
    `(SELECT count(*)::text || '.' || coalesce(sum(${alias}.xmin::text::bigint), 0)::text
        FROM ${qualifiedTable(manager.connection, table)} ${alias}
       WHERE ${alias}.unit = r.unit AND ${alias}.period = r.period)`;
  return `r.tableoid::oid::text || '.' || r.xmin::text || '/' || ${part('scorecard_nodes', 'vn')} || '/' ||
          ${part('criterion_scores', 'vc')}`;
}

/**
 * `findScorecardLines` with the card's version (cardVersion) read in the same statement, so that an answer
 * rendered from these lines can be kept under the version they are. Null when the unit has no report for the
 * quarter.
 */
export async function findVersionedScorecardLines(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<{ version: string; lines: ScorecardLines } | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const reports = qualifiedTable(manager.connection, 'unit_reports');
  const nodes = qualifiedTable(manager.connection, 'scorecard_nodes');
  const criteria = qualifiedTable(manager.connection, 'criterion_scores');
  const rows: Array<{ version: string; report: Record<string, unknown>; nodes: unknown[]; criteria: unknown[] }> =
    await manager.query(
      `SELECT ${cardVersion(manager)} AS version,
              json_build_object(
                'catalogueId', r.catalogue_id, 'status', r.status, 'version', r.version,
                'pointsExact', r.points_exact, 'applicableMaxExact', r.applicable_max_exact,
                'percentExact', r.percent_exact, 'counts', r.counts, 'pendingCount', r.pending_count,
                'openedAt', r.opened_at, 'lastFinalizedAt', r.last_finalized_at, 'lastReopenedAt', r.last_reopened_at,
                'streamRevision', r.stream_revision::text, 'position', r.position::text) AS report,
              (SELECT coalesce(json_agg(json_build_object(
                        'nodeCode', n.node_code, 'parentCode', n.parent_code, 'depth', n.depth, 'title', n.title,
                        'pointsExact', n.points_exact, 'applicableMaxExact', n.applicable_max_exact,
                        'percentExact', n.percent_exact, 'counts', n.counts) ORDER BY n.ordinal), '[]'::json)
                 FROM ${nodes} n WHERE n.unit = r.unit AND n.period = r.period) AS nodes,
              (SELECT coalesce(json_agg(json_build_object(
                        'criterion', c.criterion, 'parentCode', c.parent_code, 'title', c.title,
                        'ruleKind', c.rule_kind, 'status', c.status, 'pointsExact', c.points_exact,
                        'maxExact', c.max_exact, 'applicableMaxExact', c.applicable_max_exact,
                        'explanationVi', c.explanation_vi, 'explanationEn', c.explanation_en,
                        'notApplicableReason', c.not_applicable_reason,
                        'officialSubmissionId', c.official_submission_id, 'officialInputs', c.official_inputs,
                        'approvedBy', c.approved_by, 'approvedAt', c.approved_at,
                        'errorCode', c.error_code, 'errorMessage', c.error_message,
                        'pendingSubmissionId', c.pending_submission_id, 'pendingKind', c.pending_kind,
                        'pendingCorrects', c.pending_corrects, 'pendingSubmittedBy', c.pending_submitted_by,
                        'pendingSubmittedAt', c.pending_submitted_at) ORDER BY c.ordinal), '[]'::json)
                 FROM ${criteria} c WHERE c.unit = r.unit AND c.period = r.period) AS criteria
         FROM ${reports} r WHERE r.unit = $1 AND r.period = $2`,
      [unit, period],
    );
  const row = rows[0];
  if (row === undefined) return null;
  const report = withDates(row.report, [
    'openedAt',
    'lastFinalizedAt',
    'lastReopenedAt',
  ]) as unknown as ScorecardReportLine;
  return {
    version: row.version,
    lines: {
      report,
      nodes: row.nodes as ScorecardNodeLine[],
      criteria: (row.criteria as Array<Record<string, unknown>>).map(
        (line) => withDates(line, ['approvedAt', 'pendingSubmittedAt']) as unknown as ScorecardCriterionLine,
      ),
    },
  };
}

/**
 * The version of a unit-quarter's card (as findVersionedScorecardLines reads it), or null without a report:
 * one probe of the report row — whether an answer kept from the card is still its answer. Answers made from
 * the card's kept versions (`?asOf=`) use it too: a key job of the unit-quarter may change them (a bound
 * past the projection reads the current rows).
 */
export async function findScorecardVersion(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<string | null> {
  const rows: Array<{ version: string }> = await manager.query(
    `SELECT ${cardVersion(manager)} AS version FROM ${qualifiedTable(manager.connection, 'unit_reports')} r
      WHERE r.unit = $1 AND r.period = $2`,
    [queryInput.unit(query.unit), queryInput.period(query.period)],
  );
  return rows[0]?.version ?? null;
}

/** JSON carries timestamps as text; the rows' readers expect Date, as the entities gave them. */
function withDates(line: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  for (const field of fields) {
    const value = line[field];
    if (typeof value === 'string') line[field] = new Date(value);
  }
  return line;
}
