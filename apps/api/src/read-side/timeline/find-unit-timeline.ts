import type { QuarterString, UnitCode } from '@dti/domain';
import { AuditEntryEntity, PublishedReportEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';

/** A resolved bound: the position of a published report, or an instant. */
export type ResolvedBound = { position: string } | { instant: Date };

export interface UnitTimelineQuery {
  unit: UnitCode;
  period: QuarterString | null;
  criterion: string | null;
  /** Exclusive for a position (after that event); inclusive for an instant (recorded at or after it). */
  from: ResolvedBound | null;
  /** Inclusive for a position (up to that event); exclusive for an instant (recorded before it). */
  to: ResolvedBound | null;
  limit: number;
}

/**
 * One unit's audit entries across its quarters, in log order. The read model's findTimeline answers one
 * unit-quarter (or every unit); a unit's whole timeline, bounded by reports of different quarters, is
 * this query. The same bound semantics, so "between two published reports" means the same in both.
 */
export async function findUnitTimeline(
  manager: EntityManager,
  query: UnitTimelineQuery,
): Promise<{ entries: AuditEntryEntity[]; truncated: boolean }> {
  const builder = manager
    .createQueryBuilder(AuditEntryEntity, 'a')
    .where('a.unit = :unit', { unit: query.unit })
    .orderBy('a.global_position', 'ASC')
    .take(query.limit + 1);
  if (query.period !== null) builder.andWhere('a.period = :period', { period: query.period });
  if (query.criterion !== null) builder.andWhere('a.criterion = :criterion', { criterion: query.criterion });
  if (query.from !== null) {
    if ('position' in query.from)
      builder.andWhere('a.global_position > :fromPosition', { fromPosition: query.from.position });
    else builder.andWhere('a.recorded_at >= :fromInstant', { fromInstant: query.from.instant });
  }
  if (query.to !== null) {
    if ('position' in query.to) builder.andWhere('a.global_position <= :toPosition', { toPosition: query.to.position });
    else builder.andWhere('a.recorded_at < :toInstant', { toInstant: query.to.instant });
  }
  const rows = await builder.getMany();
  return { entries: rows.slice(0, query.limit), truncated: rows.length > query.limit };
}

/** The latest published version of a unit-quarter's report, or null when it was never finalized. */
export function latestPublished(
  manager: EntityManager,
  unit: UnitCode,
  period: QuarterString,
): Promise<PublishedReportEntity | null> {
  return manager.findOne(PublishedReportEntity, { where: { unit, period }, order: { version: 'DESC' } });
}
