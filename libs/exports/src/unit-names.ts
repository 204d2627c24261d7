import { RankingEntity, UnitEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';

export interface UnitLabel {
  name: string;
  block: string;
}

/**
 * Unit names as they were in each quarter (the ranking of a quarter lists every unit that existed then,
 * under the name it had), falling back to the register's current name.
 */
export async function unitLabelsOf(manager: EntityManager, periods: readonly string[]): Promise<UnitLookup> {
  const byPeriod = new Map<string, Map<string, UnitLabel>>();
  if (periods.length > 0) {
    const rows = await manager
      .createQueryBuilder(RankingEntity, 'r')
      .select(['r.period', 'r.unit', 'r.unitName', 'r.block'])
      .where('r.period IN (:...periods)', { periods })
      .getMany();
    for (const row of rows) {
      const labels = byPeriod.get(row.period) ?? new Map<string, UnitLabel>();
      labels.set(row.unit, { name: row.unitName, block: row.block });
      byPeriod.set(row.period, labels);
    }
  }
  const register = new Map<string, UnitLabel>();
  for (const unit of await manager.find(UnitEntity, { select: ['code', 'name', 'block'] })) {
    register.set(unit.code, { name: unit.name, block: unit.block });
  }
  return {
    of: (unit, period) => byPeriod.get(period)?.get(unit) ?? register.get(unit) ?? { name: unit, block: '' },
  };
}

export interface UnitLookup {
  of(unit: string, period: string): UnitLabel;
}
