import type { RankingChangeView } from '@dti/read-model';
import { scoreFigures } from '../display-figures';
import type { RankedUnitResponse } from './rankings.response';

/** Pure: one block's projected ranking (best first) as shown, marking ties. */
export function rankedUnits(rows: readonly RankingChangeView[]): RankedUnitResponse[] {
  const holders = new Map<number, number>();
  for (const row of rows) if (row.rank !== null) holders.set(row.rank, (holders.get(row.rank) ?? 0) + 1);
  return rows.map((row) => ({
    block: row.block,
    rank: row.rank,
    tied: row.rank !== null && (holders.get(row.rank) ?? 0) > 1,
    unit: row.unit,
    unitName: row.unitName,
    reported: row.reported,
    reportStatus: row.reportStatus,
    ...scoreFigures(row),
    previousRank: row.previousRank,
    rankChange: row.rankChange,
  }));
}
