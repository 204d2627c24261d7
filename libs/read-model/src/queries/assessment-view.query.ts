import type { EntityManager } from 'typeorm';
import type { StoredSubmissionPart } from '../assessment/assessment-rows';
import { qualifiedTable } from '../read-model-schema';
import { findAssessmentStateWithScorecard, scorecardOf, type AssessmentStateWithScorecard } from './registers.query';

/**
 * GET /assessments' reader (issue #12): one unit-quarter's folded state with, per criterion, only the latest
 * few submissions and history entries and how many there are in all, so the request's cost stays flat as a
 * quarter's history grows. The older ones are read a page at a time (`findCriterionHistoryPage`). The whole
 * state stays `findAssessmentState*` (exports, replay checks).
 */

/** How many of a criterion's latest submissions and history entries to read. */
export interface RecentBounds {
  submissions: number;
  history: number;
}

/** How many submissions and history entries a criterion has in all (the state holds only the latest). */
export interface CriterionTotals {
  submissions: number;
  history: number;
}

export interface BoundedAssessmentState extends AssessmentStateWithScorecard {
  /**
   * Each criterion record's `submissionIds` and `history` are only its latest (bounds); its pending
   * submission and those latest are in `submissions`, with their scores in `submissionScores`.
   */
  state: Record<string, unknown>;
  /** By criterion code: what the state leaves out is `totals - latest`. */
  totals: Record<string, CriterionTotals>;
}

interface BoundedRow extends AssessmentStateWithScorecard {
  records: Array<{
    criterion: string;
    official: unknown;
    pending: string | null;
    submissionIds: string[];
    submissionsTotal: number;
    history: unknown[];
    historyTotal: number;
  }>;
  submissions: StoredSubmissionPart[];
}

/**
 * One statement (one snapshot): the state row, per criterion its official value, pending id, its latest
 * `bounds.submissions` submission ids (the record keeps them oldest first) and the latest `bounds.history`
 * history entries (by the history's primary key, newest first, LIMIT), the rows of the submissions those
 * name (by primary key), and the scorecard. Nothing here reads a criterion's older history rows; what
 * still grows with it is the record's list of submission ids (~50 bytes a submission), read but not sent.
 * A state row written before its parts were kept (it holds them itself) is read whole, as before.
 */
export async function findBoundedAssessmentState(
  db: EntityManager,
  unit: string,
  period: string,
  bounds: RecentBounds,
): Promise<BoundedAssessmentState | null> {
  const table = (name: string) => qualifiedTable(db.connection, name);
  const rows: BoundedRow[] = await db.query(
    `WITH records AS (
       SELECT r.criterion, r.ordinal, r.record->'official' AS official, r.record->>'pending' AS pending,
              r.record->'submissionIds' AS ids, json_array_length(r.record->'submissionIds') AS total
         FROM ${table('assessment_criteria')} r WHERE r.unit = $1 AND r.period = $2),
     recent AS (
       SELECT records.criterion, ids.id, ids.n
         FROM records, json_array_elements_text(records.ids) WITH ORDINALITY AS ids(id, n)
        WHERE ids.n > records.total - $3),
     wanted AS (SELECT id FROM recent UNION SELECT pending FROM records WHERE pending IS NOT NULL)
     SELECT s.unit, s.period, s.state, s.stream_revision::text AS revision, s.catalogue_id AS "catalogueId",
            (SELECT coalesce(json_agg(json_build_object(
                      'criterion', records.criterion, 'official', records.official, 'pending', records.pending,
                      'submissionIds', (SELECT coalesce(json_agg(recent.id ORDER BY recent.n), '[]'::json)
                                          FROM recent WHERE recent.criterion = records.criterion),
                      'submissionsTotal', records.total,
                      'history', coalesce(latest.entries, '[]'::json),
                      'historyTotal', coalesce(latest.total, 0)) ORDER BY records.ordinal), '[]'::json)
               FROM records
               LEFT JOIN LATERAL (
                 SELECT json_agg(h.entry ORDER BY h.seq) AS entries, max(h.seq) + 1 AS total
                   FROM (SELECT seq, entry FROM ${table('assessment_history')}
                          WHERE unit = $1 AND period = $2 AND criterion = records.criterion
                          ORDER BY seq DESC LIMIT $4) h) latest ON true) AS records,
            (SELECT coalesce(json_agg(json_build_object('submission', a.submission, 'score', a.score)), '[]'::json)
               FROM ${table('assessment_submissions')} a
              WHERE a.unit = $1 AND a.period = $2 AND a.submission_id IN (SELECT id FROM wanted)) AS submissions,
            ${scorecardOf(db.connection)}
       FROM ${table('assessment_states')} s WHERE s.unit = $1 AND s.period = $2`,
    [unit, period, bounds.submissions, bounds.history],
  );
  if (rows.length === 0) return null;
  const { records, submissions, ...row } = rows[0];
  const ownSubmissions = row.state.submissions as Record<string, unknown> | undefined;
  const ownCriteria = row.state.criteria as Record<string, unknown> | undefined;
  const wholeRow =
    (ownSubmissions !== undefined && Object.keys(ownSubmissions).length > 0) ||
    (records.length === 0 && ownCriteria !== undefined && Object.keys(ownCriteria).length > 0);
  if (wholeRow) return wholeState(await findAssessmentStateWithScorecard(db, unit, period));
  const criteria: Record<string, unknown> = {};
  const totals: Record<string, CriterionTotals> = {};
  for (const record of records) {
    const { submissionsTotal, historyTotal, ...kept } = record;
    criteria[record.criterion] = kept;
    totals[record.criterion] = { submissions: submissionsTotal, history: historyTotal };
  }
  const { submissions: byId, scores } = submissionsById(submissions);
  return {
    ...row,
    state: { ...row.state, criteria, submissions: byId, submissionScores: scores },
    totals,
  };
}

/** A row from before the parts were kept: the whole state, its totals what it holds. */
function wholeState(whole: AssessmentStateWithScorecard | null): BoundedAssessmentState | null {
  if (whole === null) return null;
  const totals: Record<string, CriterionTotals> = {};
  const records = (whole.state.criteria ?? {}) as Record<string, { submissionIds: unknown[]; history: unknown[] }>;
  for (const [code, record] of Object.entries(records)) {
    totals[code] = { submissions: record.submissionIds.length, history: record.history.length };
  }
  return { ...whole, totals };
}

/** As `stateWithParts`: every submission by id, a score entry for each with figures (none for a declaration). */
function submissionsById(parts: readonly StoredSubmissionPart[]): {
  submissions: Record<string, Record<string, unknown>>;
  scores: Record<string, unknown>;
} {
  const submissions: Record<string, Record<string, unknown>> = {};
  const scores: Record<string, unknown> = {};
  for (const { submission, score } of parts) {
    const id = submission.submissionId as string;
    submissions[id] = submission;
    if (submission.inputs !== null) scores[id] = score;
  }
  return { submissions, scores };
}

export interface CriterionHistoryPage {
  /** The stream revision of the state read, as text; null when nothing is projected for the unit-quarter. */
  revision: string | null;
  /** The catalogue version of the projected state; null when nothing is projected. */
  catalogueId: string | null;
  /** The page's history entries with their index in the criterion's history, oldest first. */
  entries: Array<{ seq: number; entry: Record<string, unknown> }>;
  /** The submissions the page's entries name (with their stored scores), in the order they were made. */
  submissions: Record<string, Record<string, unknown>>;
  submissionScores: Record<string, unknown>;
  /** How many history entries the criterion has in all. */
  historyTotal: number;
}

/**
 * One page of a criterion's history: the `limit` entries just before index `before` (the latest when null),
 * keyset on the history's primary key (unit, period, criterion, seq), with the submissions they name, in one
 * statement. Its cost is the page's, however long the history.
 */
export async function findCriterionHistoryPage(
  db: EntityManager,
  key: { unit: string; period: string; criterion: string },
  page: { before: number | null; limit: number },
): Promise<CriterionHistoryPage> {
  const table = (name: string) => qualifiedTable(db.connection, name);
  const rows: Array<{
    revision: string | null;
    catalogueId: string | null;
    historyTotal: number | null;
    entries: CriterionHistoryPage['entries'];
    submissions: StoredSubmissionPart[];
  }> = await db.query(
    `WITH page AS (
       SELECT seq, entry FROM ${table('assessment_history')}
        WHERE unit = $1 AND period = $2 AND criterion = $3 AND ($4::int IS NULL OR seq < $4)
        ORDER BY seq DESC LIMIT $5)
     SELECT state.revision, state."catalogueId",
            (SELECT seq + 1 FROM ${table('assessment_history')}
              WHERE unit = $1 AND period = $2 AND criterion = $3 ORDER BY seq DESC LIMIT 1) AS "historyTotal",
            (SELECT coalesce(json_agg(json_build_object('seq', seq, 'entry', entry) ORDER BY seq), '[]'::json)
               FROM page) AS entries,
            (SELECT coalesce(json_agg(json_build_object('submission', a.submission, 'score', a.score)
                      ORDER BY a.ordinal), '[]'::json)
               FROM ${table('assessment_submissions')} a
              WHERE a.unit = $1 AND a.period = $2
                AND a.submission_id IN (SELECT entry->>'submissionId' FROM page)) AS submissions
       FROM (SELECT 1) one
       LEFT JOIN (SELECT stream_revision::text AS revision, catalogue_id AS "catalogueId"
                    FROM ${table('assessment_states')} WHERE unit = $1 AND period = $2) state ON true`,
    [key.unit, key.period, key.criterion, page.before, page.limit],
  );
  const row = rows[0];
  const { submissions, scores } = submissionsById(row.submissions);
  return {
    revision: row.revision,
    catalogueId: row.catalogueId,
    entries: row.entries,
    submissions,
    submissionScores: scores,
    historyTotal: row.historyTotal ?? 0,
  };
}

/**
 * A criterion's members of GET /assessments that come from its record, as JSON text (issue #12), so the API
 * neither parses nor re-serialises them: `"official":…,"pending":…,"submissions":[…],"submissionsTotal":n,
 * "history":[…],"historyTotal":n,"historyCursor":…` as the writers stored it (`criterionViewParts`), or, for
 * a row written before that was kept (`stored` false), the same members but `official` put together by
 * PostgreSQL from the record's parts (`official` is then the record's official value, for the API to shape).
 */
export interface CriterionPartsText {
  criterion: string;
  stored: boolean;
  official: Record<string, unknown> | null;
  parts: string;
}

/**
 * `findAssessmentViewText`'s answer: the state row (its parts left out), its card's part as the writers
 * stored it (`viewCard`, `assessmentViewCard`) — or, for a row written before that was kept (`viewCard`
 * null), its scorecard lines — and the criteria's texts.
 */
export interface AssessmentViewText extends AssessmentStateWithScorecard {
  viewCard: string | null;
  /** By criterion, those with a stored record (a criterion never reported has none). */
  records: CriterionPartsText[];
}

interface ViewTextRow {
  criterion: string | null;
  stored: boolean | null;
  official: Record<string, unknown> | null;
  parts: string | null;
  unit: string | null;
  period: string | null;
  state: Record<string, unknown> | null;
  revision: string | null;
  catalogueId: string | null;
  viewCard: string | null;
  criteria: AssessmentStateWithScorecard['criteria'] | null;
  nodes: AssessmentStateWithScorecard['nodes'] | null;
}

/**
 * GET /assessments' reader (issue #12), one statement (one snapshot): the state row with its stored card
 * part (`view_card`; for a row written before it was kept, its scorecard lines) (first row), then per
 * criterion record its stored view parts (`view_parts`, `criterionViewParts`: one
 * row read by primary key, no submission or history row touched). The profile: the bounded reader's
 * per-criterion lookups cost PostgreSQL ~6.5 ms a request and parsing, shaping and re-serialising what they
 * return most of the API's time. For a row written before the parts were kept, PostgreSQL concatenates the
 * same text from the stored json rows (its latest submissions, pending submission, latest history
 * entries), never parsed.
 * Null when nothing is projected; a state row written before its parts were kept at all is the caller's
 * to read whole (`findBoundedAssessmentState`).
 */
export async function findAssessmentViewText(
  db: EntityManager,
  unit: string,
  period: string,
  bounds: RecentBounds,
): Promise<AssessmentViewText | null> {
  const table = (name: string) => qualifiedTable(db.connection, name);
  // A stored submission's text is the view's (`viewSubmission`: the same members, no score).
  const submissionText = (alias: string) => `btrim(${alias}.submission::text, E' \\n\\r\\t')`;
  const rows: ViewTextRow[] = await db.query(
    `SELECT NULL::text AS criterion, NULL::boolean AS stored, NULL::json AS official, NULL::text AS parts,
            s.unit, s.period, s.state, s.stream_revision::text AS revision, s.catalogue_id AS "catalogueId",
            s.view_card AS "viewCard", ${scorecardOf(db.connection, 's.view_card IS NULL')}
       FROM ${table('assessment_states')} s WHERE s.unit = $1 AND s.period = $2
     UNION ALL
     SELECT r.criterion, r.view_parts IS NOT NULL,
            CASE WHEN r.view_parts IS NULL THEN r.record->'official' END,
            -- COALESCE evaluates its second argument (and its subqueries) only for a row without the text.
            coalesce(r.view_parts, (
              SELECT '"pending":' || coalesce((SELECT ${submissionText('p')} FROM ${table('assessment_submissions')} p
                                                WHERE p.unit = $1 AND p.period = $2
                                                  AND p.submission_id = r.record->>'pending'), 'null')
                || ',"submissions":[' || coalesce((
                     SELECT string_agg((SELECT ${submissionText('a')} FROM ${table('assessment_submissions')} a
                                         WHERE a.unit = $1 AND a.period = $2 AND a.submission_id = ids.id),
                                       ',' ORDER BY ids.n)
                       FROM json_array_elements_text(r.record->'submissionIds') WITH ORDINALITY AS ids(id, n)
                      WHERE ids.n > json_array_length(r.record->'submissionIds') - $3
                        -- Not one shown as the official value or the pending submission (shownApart).
                        AND ids.id IS DISTINCT FROM r.record->>'pending'
                        AND ids.id IS DISTINCT FROM r.record->'official'->>'submissionId'), '') || ']'
                || ',"submissionsTotal":' || json_array_length(r.record->'submissionIds')
                || ',"history":[' || coalesce(latest.texts, '') || ']'
                || ',"historyTotal":' || coalesce(latest.total, 0)
                || ',"historyCursor":'
                || CASE WHEN latest.total > latest.shown THEN '"' || (latest.total - latest.shown) || '"' ELSE 'null' END
                FROM (SELECT string_agg(h.entry::text, ',' ORDER BY h.seq) AS texts, count(*) AS shown,
                             max(h.seq) + 1 AS total
                        FROM (SELECT seq, entry FROM ${table('assessment_history')}
                               WHERE unit = $1 AND period = $2 AND criterion = r.criterion
                               ORDER BY seq DESC LIMIT $4) h) latest)),
            NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
       FROM ${table('assessment_criteria')} r
      WHERE r.unit = $1 AND r.period = $2
        AND EXISTS (SELECT 1 FROM ${table('assessment_states')} e WHERE e.unit = $1 AND e.period = $2)`,
    [unit, period, bounds.submissions, bounds.history],
  );
  const head = rows.find((row) => row.criterion === null);
  if (head === undefined || head.state === null) return null;
  const records: CriterionPartsText[] = [];
  for (const row of rows) {
    if (row.criterion === null) continue;
    records.push({
      criterion: row.criterion,
      stored: row.stored === true,
      official: row.official,
      parts: row.parts ?? '',
    });
  }
  return {
    unit: head.unit ?? unit,
    period: head.period ?? period,
    state: head.state,
    revision: head.revision ?? '0',
    catalogueId: head.catalogueId ?? '',
    viewCard: head.viewCard,
    criteria: head.criteria ?? [],
    nodes: head.nodes ?? [],
    records,
  };
}

/** The row versions one unit-quarter's GET /assessments answer is made from (`findAssessmentVersion`). */
export interface AssessmentVersion {
  /** The unit's register row version (table and transaction that wrote it). */
  unit: string;
  /** The state row's version, or null when nothing is projected for the unit-quarter. */
  state: string | null;
  /** The state's catalogue version, or null when nothing is projected. */
  catalogueId: string | null;
}

/**
 * Which versions of the rows GET /assessments reads, by primary key and without reading them (issue #12:
 * the answer's ETag, checked before the read). Every key job rewrites the unit-quarter's `assessment_states`
 * row in the transaction that writes its criteria, submissions, history and scorecard rows, and a rebuild
 * writes new tables: a row's table and writing transaction (`tableoid`, `xmin`) change whenever what the
 * answer is made of may have. Null when the unit is not registered.
 */
export async function findAssessmentVersion(
  db: EntityManager,
  unit: string,
  period: string,
): Promise<AssessmentVersion | null> {
  const rows: AssessmentVersion[] = await db.query(
    `SELECT u.tableoid::text || '.' || u.xmin::text AS unit, s.version AS state, s.catalogue_id AS "catalogueId"
       FROM ${qualifiedTable(db.connection, 'units')} u
       LEFT JOIN (SELECT tableoid::text || '.' || xmin::text AS version, catalogue_id
                    FROM ${qualifiedTable(db.connection, 'assessment_states')}
                   WHERE unit = $1 AND period = $2) s ON true
      WHERE u.code = $1`,
    [unit, period],
  );
  return rows[0] ?? null;
}
