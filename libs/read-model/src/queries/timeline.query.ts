import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../assessment/audit-entry.entity';
import { PublishedReportEntity } from '../assessment/published-report.entity';
import { queryInput, ReadModelQueryError } from './query-input';

/** One end of a timeline: a published version of the unit-quarter's report, or an instant. */
export type TimelineBound = { version: number } | { instant: Date };

export interface TimelineQuery {
  /** Both or neither: versions need them; instants alone span every unit and quarter. */
  unit?: string;
  period?: string;
  /** Exclusive: entries after this published version's finalization, or at/after this instant. */
  from?: TimelineBound;
  /** Inclusive: entries up to this published version's finalization, or before this instant. */
  to?: TimelineBound;
  limit?: number;
}

/**
 * Audit entries (official score and report status changes) in log order. Between versions 1 and 2 of a
 * report this is exactly what changed it: the entries after v1's ReportFinalized up to v2's.
 * Instants compare with `recorded_at` (when the system knew), like as-of replays.
 */
export async function findTimeline(manager: EntityManager, query: TimelineQuery): Promise<AuditEntryEntity[]> {
  const limit = queryInput.page(query.limit, 'limit', 1000, 10_000);
  const builder = manager.createQueryBuilder(AuditEntryEntity, 'a').orderBy('a.global_position', 'ASC').take(limit);
  let unit: string | undefined;
  let period: string | undefined;
  if (query.unit !== undefined || query.period !== undefined) {
    unit = queryInput.unit(query.unit);
    period = queryInput.period(query.period);
    builder.where('a.unit = :unit AND a.period = :period', { unit, period });
  }
  const positionOf = async (bound: { version: number }, input: string): Promise<string> => {
    if (unit === undefined || period === undefined) {
      throw new ReadModelQueryError(input, 'a published version needs the unit and the period');
    }
    const version = queryInput.version(bound.version, `${input}.version`);
    const report = await manager.findOne(PublishedReportEntity, { where: { unit, period, version } });
    if (report === null) {
      throw new ReadModelQueryError(`${input}.version`, `${unit} ${period} has no published version ${version}`);
    }
    return report.position;
  };
  if (query.from !== undefined) {
    if ('version' in query.from) {
      builder.andWhere('a.global_position > :fromPosition', { fromPosition: await positionOf(query.from, 'from') });
    } else {
      builder.andWhere('a.recorded_at >= :fromInstant', {
        fromInstant: queryInput.instant(query.from.instant, 'from'),
      });
    }
  }
  if (query.to !== undefined) {
    if ('version' in query.to) {
      builder.andWhere('a.global_position <= :toPosition', { toPosition: await positionOf(query.to, 'to') });
    } else {
      builder.andWhere('a.recorded_at < :toInstant', { toInstant: queryInput.instant(query.to.instant, 'to') });
    }
  }
  return builder.getMany();
}
