import type { QuarterString, UnitCode } from '@dti/domain';
import { PublishedReportEntity, qualifiedTable } from '@dti/read-model';
import type { EntityManager } from 'typeorm';

/** A resolved bound: the position of a published report, or an instant. */
export type ResolvedBound = { position: string } | { instant: Date };

export interface UnitTimelineFilter {
  unit: UnitCode;
  period: QuarterString | null;
  criterion: string | null;
  /** The account (username) or system actor who acted. */
  actor: string | null;
  /** Exclusive for a position (after that event); inclusive for an instant (recorded at or after it). */
  from: ResolvedBound | null;
  /** Inclusive for a position (up to that event); exclusive for an instant (recorded before it). */
  to: ResolvedBound | null;
  /** When it was done (the command's time): at or after this instant. */
  occurredFrom: Date | null;
  /** When it was done: before this instant. */
  occurredTo: Date | null;
}

export interface UnitTimelinePage {
  /** Entries strictly before this global position (the cursor); null: from the newest. */
  before: string | null;
  limit: number;
}

/** One audit entry as the timeline shows it: plain columns, no entity hydrated. */
export interface TimelineRow {
  eventId: string;
  eventType: string;
  kind: string;
  period: string;
  criterion: string | null;
  submissionId: string | null;
  actor: string;
  role: string;
  reason: string | null;
  note: string | null;
  valueBefore: string | null;
  pointsBeforeExact: string | null;
  valueAfter: string | null;
  pointsAfterExact: string | null;
  reportStatusBefore: string | null;
  reportStatusAfter: string | null;
  reportVersion: number | null;
  correlationId: string | null;
  commandId: string | null;
  streamId: string;
  revision: string;
  position: string;
  occurredAt: Date;
  recordedAt: Date;
}

/** Per quarter and criterion among the matching entries: the first value before and the last after. */
export interface NetRow {
  period: string;
  criterion: string;
  changes: number;
  valueBefore: string | null;
  pointsBeforeExact: string | null;
  valueAfter: string | null;
  pointsAfterExact: string | null;
}

const ROW_COLUMNS = `
  event_id AS "eventId", event_type AS "eventType", kind, period, criterion, submission_id AS "submissionId",
  actor, role, reason, note, value_before AS "valueBefore", points_before_exact AS "pointsBeforeExact",
  value_after AS "valueAfter", points_after_exact AS "pointsAfterExact",
  report_status_before AS "reportStatusBefore", report_status_after AS "reportStatusAfter",
  report_version AS "reportVersion", correlation_id AS "correlationId", command_id AS "commandId",
  stream_id AS "streamId", stream_revision::text AS revision, global_position::text AS position,
  occurred_at AS "occurredAt", recorded_at AS "recordedAt"`;

/** The filter as a parameterised WHERE clause; each condition has an index leading with (unit, …). */
function whereOf(filter: UnitTimelineFilter, params: unknown[]): string {
  const conditions: string[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  conditions.push(`unit = ${bind(filter.unit)}`);
  if (filter.period !== null) conditions.push(`period = ${bind(filter.period)}`);
  if (filter.criterion !== null) conditions.push(`criterion = ${bind(filter.criterion)}`);
  if (filter.actor !== null) conditions.push(`actor = ${bind(filter.actor)}`);
  if (filter.from !== null) {
    conditions.push(
      'position' in filter.from
        ? `global_position > ${bind(filter.from.position)}`
        : `recorded_at >= ${bind(filter.from.instant)}`,
    );
  }
  if (filter.to !== null) {
    conditions.push(
      'position' in filter.to
        ? `global_position <= ${bind(filter.to.position)}`
        : `recorded_at < ${bind(filter.to.instant)}`,
    );
  }
  if (filter.occurredFrom !== null) conditions.push(`occurred_at >= ${bind(filter.occurredFrom)}`);
  if (filter.occurredTo !== null) conditions.push(`occurred_at < ${bind(filter.occurredTo)}`);
  return conditions.join(' AND ');
}

/**
 * One page of a unit's audit entries across its quarters, newest first: keyset on the global position
 * (an index range scan of `limit + 1` rows, however long the history), so a page costs the same on a
 * unit with ten changes or ten thousand, and entries appended meanwhile never shift the later pages.
 * The bounds mean what the read model's findTimeline means by them.
 */
export async function findUnitTimelinePage(
  manager: EntityManager,
  filter: UnitTimelineFilter,
  page: UnitTimelinePage,
): Promise<{ rows: TimelineRow[]; nextBefore: string | null }> {
  const params: unknown[] = [];
  let where = whereOf(filter, params);
  if (page.before !== null) {
    params.push(page.before);
    where += ` AND global_position < $${params.length}`;
  }
  params.push(page.limit + 1);
  const rows = (await manager.query(
    `SELECT ${ROW_COLUMNS} FROM ${qualifiedTable(manager.connection, 'audit_entries')}
      WHERE ${where} ORDER BY global_position DESC LIMIT $${params.length}`,
    params,
  )) as TimelineRow[];
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  return { rows: shown, nextBefore: more ? shown[shown.length - 1].position : null };
}

/**
 * Per quarter and criterion, over every entry the filter matches (not one page): how many official score
 * changes, the value before the first and after the last. One aggregate in PostgreSQL.
 */
export async function findUnitTimelineNet(manager: EntityManager, filter: UnitTimelineFilter): Promise<NetRow[]> {
  const params: unknown[] = [];
  const where = whereOf(filter, params);
  return (await manager.query(
    `SELECT period, criterion, count(*)::int AS changes,
            (array_agg(value_before ORDER BY global_position))[1] AS "valueBefore",
            (array_agg(points_before_exact ORDER BY global_position))[1] AS "pointsBeforeExact",
            (array_agg(value_after ORDER BY global_position DESC))[1] AS "valueAfter",
            (array_agg(points_after_exact ORDER BY global_position DESC))[1] AS "pointsAfterExact"
       FROM ${qualifiedTable(manager.connection, 'audit_entries')}
      WHERE ${where} AND kind = 'official_score' AND criterion IS NOT NULL
      GROUP BY period, criterion`,
    params,
  )) as NetRow[];
}

/** The latest published version of a unit-quarter's report, or null when it was never finalized. */
export function latestPublished(
  manager: EntityManager,
  unit: UnitCode,
  period: QuarterString,
): Promise<PublishedReportEntity | null> {
  return manager.findOne(PublishedReportEntity, { where: { unit, period }, order: { version: 'DESC' } });
}
