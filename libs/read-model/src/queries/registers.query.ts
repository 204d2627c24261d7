import type { EntityManager } from 'typeorm';
import type { Connection } from 'typeorm';
import { stateWithParts, type StoredSubmissionPart } from '../assessment/assessment-rows';
import { qualifiedTable } from '../read-model-schema';

/**
 * What request paths read instead of scanning or folding streams (README "Request paths"): registers of
 * units and accounts, one unit-quarter's folded state, and the pending submissions of the review queue.
 * Plain parameterised SQL: each is one indexed statement, no entity hydration.
 */

export interface UnitStateRow {
  code: string;
  /** The domain's RegisteredUnit as the unit projection stored it. */
  state: Record<string, unknown>;
}

/** Every unit of the register, or those with the given codes. */
export async function findUnitStates(db: EntityManager, codes?: readonly string[]): Promise<UnitStateRow[]> {
  const units = qualifiedTable(db.connection, 'units');
  return codes === undefined
    ? db.query(`SELECT code, state FROM ${units} ORDER BY code COLLATE "C"`)
    : db.query(`SELECT code, state FROM ${units} WHERE code = ANY($1::text[]) ORDER BY code COLLATE "C"`, [codes]);
}

export interface AccountRow {
  username: string;
  displayName: string;
  role: string;
  unit: string | null;
  status: string;
  disabledReason: string | null;
}

/** The account register by username (byte order, as the event store listed account streams); or one account. */
export async function findAccounts(db: EntityManager, username?: string): Promise<AccountRow[]> {
  const accounts = qualifiedTable(db.connection, 'accounts');
  const columns = `username, display_name AS "displayName", role, unit, status, disabled_reason AS "disabledReason"`;
  return username === undefined
    ? db.query(`SELECT ${columns} FROM ${accounts} ORDER BY username COLLATE "C"`)
    : db.query(`SELECT ${columns} FROM ${accounts} WHERE username = $1`, [username]);
}

export interface AssessmentStateRow {
  unit: string;
  period: string;
  /** The domain's OpenedAssessment (its remembered command ids left out). */
  state: Record<string, unknown>;
  /** The stream revision the state reflects, as text. */
  revision: string;
}

/**
 * One unit-quarter's folded state (its criteria, submissions, their scores and histories put back from their
 * rows, in one statement), or null when nothing is projected for it.
 */
export async function findAssessmentState(
  db: EntityManager,
  unit: string,
  period: string,
): Promise<AssessmentStateRow | null> {
  const rows: Array<AssessmentStateRow & StateParts> = await db.query(
    `SELECT s.unit, s.period, s.state, s.stream_revision::text AS revision, ${statePartsOf(db.connection)}
       FROM ${qualifiedTable(db.connection, 'assessment_states')} s WHERE s.unit = $1 AND s.period = $2`,
    [unit, period],
  );
  return rows.length === 0 ? null : withParts(rows[0]);
}

/** A state row's criterion records and submissions (by ordinal) and history entries (by criterion and seq). */
interface StateParts {
  criterionRecords: Array<[string, Record<string, unknown>]>;
  submissions: StoredSubmissionPart[];
  history: Array<[string, unknown]>;
}

function statePartsOf(connection: Connection): string {
  return `(SELECT coalesce(json_agg(json_build_array(r.criterion, r.record) ORDER BY r.ordinal), '[]'::json)
             FROM ${qualifiedTable(connection, 'assessment_criteria')} r
            WHERE r.unit = s.unit AND r.period = s.period) AS "criterionRecords",
          (SELECT coalesce(json_agg(json_build_object('submission', a.submission, 'score', a.score)
                    ORDER BY a.ordinal), '[]'::json)
             FROM ${qualifiedTable(connection, 'assessment_submissions')} a
            WHERE a.unit = s.unit AND a.period = s.period) AS submissions,
          (SELECT coalesce(json_agg(json_build_array(h.criterion, h.entry) ORDER BY h.criterion, h.seq), '[]'::json)
             FROM ${qualifiedTable(connection, 'assessment_history')} h
            WHERE h.unit = s.unit AND h.period = s.period) AS history`;
}

/** The row with its whole folded state put back together. */
function withParts<T extends AssessmentStateRow & StateParts>(row: T): Omit<T, keyof StateParts> {
  const { criterionRecords, submissions, history, ...rest } = row;
  return { ...rest, state: stateWithParts(row.state, { criteria: criterionRecords, submissions, history }) };
}

/** A criterion's line of the projected scorecard, as GET /assessments needs it (exact numbers as text). */
export interface ProjectedCriterionLine {
  code: string;
  status: string;
  points: string;
  applicableMax: string;
  explanationVi: string | null;
  explanationEn: string | null;
  ruleKind: string;
  notApplicableReason: string | null;
}

/** A group's (or the total's) line of the projected scorecard. */
export interface ProjectedNodeLine {
  code: string;
  points: string;
  applicableMax: string;
  percent: string | null;
  counts: Record<string, number>;
}

export interface AssessmentStateWithScorecard extends AssessmentStateRow {
  catalogueId: string;
  criteria: ProjectedCriterionLine[];
  nodes: ProjectedNodeLine[];
}

/**
 * One unit-quarter's folded state (its criteria, submissions, their scores and histories put back from their
 * rows) with the scorecard the projector scored from it (criterion_scores and scorecard_nodes of the same
 * catalogue), in one statement so all of it comes from the same snapshot;
 * null when nothing is projected for it.
 */
export async function findAssessmentStateWithScorecard(
  db: EntityManager,
  unit: string,
  period: string,
): Promise<AssessmentStateWithScorecard | null> {
  const rows: Array<AssessmentStateWithScorecard & StateParts> = await db.query(
    `SELECT s.unit, s.period, s.state, s.stream_revision::text AS revision, s.catalogue_id AS "catalogueId",
            ${statePartsOf(db.connection)},
            ${scorecardOf(db.connection)}
       FROM ${qualifiedTable(db.connection, 'assessment_states')} s WHERE s.unit = $1 AND s.period = $2`,
    [unit, period],
  );
  return rows.length === 0 ? null : withParts(rows[0]);
}

/**
 * The scorecard lines the projector scored from state row `s` (criterion_scores and scorecard_nodes of its
 * catalogue), as the columns `criteria` and `nodes`: shared by the whole reader and the bounded one
 * (assessment-view.query.ts), so both answer the same scorecard. With `onlyWhen` (an SQL condition), read
 * only for a row that meets it (null otherwise).
 */
export function scorecardOf(connection: Connection, onlyWhen?: string): string {
  const guarded = (subquery: string) =>
    onlyWhen === undefined ? subquery : `CASE WHEN ${onlyWhen} THEN ${subquery} END`;
  return `${guarded(`(SELECT coalesce(json_agg(json_build_object(
                      'code', c.criterion, 'status', c.status, 'points', c.points_exact,
                      'applicableMax', c.applicable_max_exact, 'explanationVi', c.explanation_vi,
                      'explanationEn', c.explanation_en, 'ruleKind', c.rule_kind,
                      'notApplicableReason', c.not_applicable_reason)), '[]'::json)
               FROM ${qualifiedTable(connection, 'criterion_scores')} c
              WHERE c.unit = s.unit AND c.period = s.period AND c.catalogue_id = s.catalogue_id)`)} AS criteria,
            ${guarded(`(SELECT coalesce(json_agg(json_build_object(
                      'code', n.node_code, 'points', n.points_exact, 'applicableMax', n.applicable_max_exact,
                      'percent', n.percent_exact, 'counts', n.counts)), '[]'::json)
               FROM ${qualifiedTable(connection, 'scorecard_nodes')} n
              WHERE n.unit = s.unit AND n.period = s.period AND n.catalogue_id = s.catalogue_id)`)} AS nodes`;
}

/** The units with a projected assessment in the quarter (optionally one unit), by code. */
export async function findAssessedUnits(db: EntityManager, period: string, unit?: string): Promise<string[]> {
  const rows: Array<{ unit: string }> = await db.query(
    `SELECT unit FROM ${qualifiedTable(db.connection, 'assessment_states')}
      WHERE period = $1 AND ($2::text IS NULL OR unit = $2) ORDER BY unit COLLATE "C"`,
    [period, unit ?? null],
  );
  return rows.map((row) => row.unit);
}

export interface PendingSubmissionsQuery {
  unit?: string;
  period?: string;
  block?: string;
  group?: string;
  limit: number;
}

export interface PendingSubmissionRow {
  unit: string;
  period: string;
  criterion: string;
  catalogueId: string;
  /** The domain's Submission awaiting review. */
  submission: Record<string, unknown>;
  /** The domain's OfficialValue it would replace, or null. */
  official: Record<string, unknown> | null;
}

/**
 * Pending submissions of registered units, oldest first (ties: unit, period, criterion in byte order),
 * at most `limit`, with how many match in all.
 */
export async function findPendingSubmissions(
  db: EntityManager,
  query: PendingSubmissionsQuery,
): Promise<{ total: number; rows: PendingSubmissionRow[] }> {
  const queue = qualifiedTable(db.connection, 'review_queue');
  const units = qualifiedTable(db.connection, 'units');
  const where = `q.unit IN (SELECT code FROM ${units})
      AND ($1::text IS NULL OR q.unit = $1) AND ($2::text IS NULL OR q.period = $2)
      AND ($3::text IS NULL OR q.block = $3) AND ($4::text IS NULL OR q.group_code = $4)`;
  const params = [query.unit ?? null, query.period ?? null, query.block ?? null, query.group ?? null];
  const [rows, counted] = await Promise.all([
    db.query(
      `SELECT q.unit, q.period, q.criterion, q.catalogue_id AS "catalogueId", q.submission, q.official
         FROM ${queue} q WHERE ${where}
        ORDER BY q.submitted_at, q.unit COLLATE "C", q.period COLLATE "C", q.criterion COLLATE "C"
        LIMIT $5`,
      [...params, query.limit],
    ) as Promise<PendingSubmissionRow[]>,
    db.query(`SELECT count(*)::int AS total FROM ${queue} q WHERE ${where}`, params) as Promise<
      Array<{ total: number }>
    >,
  ]);
  return { total: counted[0]?.total ?? 0, rows };
}
