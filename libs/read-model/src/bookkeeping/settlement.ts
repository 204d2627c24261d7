import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { periodJobKey } from '../writers/job-keys';
import { ParkedJobEntity } from './parked-job.entity';
import { PeriodStateEntity } from './period-state.entity';
import { ProjectionKeyEntity } from './projection-key.entity';

/**
 * What PostgreSQL says about the keys the projector is waiting on: how far each key's rows go, whether
 * the quarters they dirtied were rebuilt since, and what is parked. Only what is committed here counts
 * as projected; Redis is never asked whether work is done.
 */
export interface Settlement {
  keys: Map<string, { position: bigint; dirtyPeriods: Record<string, bigint> }>;
  periods: Map<string, { dirtySeq: bigint; builtSeq: bigint }>;
  /** Open parked jobs by job key → what they covered (null: unknown). */
  parked: Map<string, bigint | null>;
}

export async function readSettlement(manager: EntityManager, streamKeys: readonly string[]): Promise<Settlement> {
  const keys = new Map<string, { position: bigint; dirtyPeriods: Record<string, bigint> }>();
  const periods = new Map<string, { dirtySeq: bigint; builtSeq: bigint }>();
  const parked = new Map<string, bigint | null>();
  if (streamKeys.length === 0) return { keys, periods, parked };
  const keyRows = await manager.find(ProjectionKeyEntity, { where: { key: In([...streamKeys]) } });
  const periodNames = new Set<string>();
  for (const row of keyRows) {
    const dirtyPeriods: Record<string, bigint> = {};
    for (const [period, seq] of Object.entries(row.dirtyPeriods)) {
      dirtyPeriods[period] = BigInt(seq);
      periodNames.add(period);
    }
    keys.set(row.key, { position: BigInt(row.position), dirtyPeriods });
  }
  if (periodNames.size > 0) {
    const periodRows = await manager.find(PeriodStateEntity, { where: { period: In([...periodNames]) } });
    for (const row of periodRows) {
      periods.set(row.period, { dirtySeq: BigInt(row.dirtySeq), builtSeq: BigInt(row.builtSeq) });
    }
  }
  const periodKeys = [...periodNames].map(periodJobKey);
  const parkedRows = await manager.find(ParkedJobEntity, {
    where: { jobKey: In([...streamKeys, ...periodKeys]), resolvedAt: IsNull() },
  });
  for (const row of parkedRows) parked.set(row.jobKey, row.covers === null ? null : BigInt(row.covers));
  return { keys, periods, parked };
}
