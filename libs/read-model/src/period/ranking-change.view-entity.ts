import { ViewColumn, ViewEntity } from 'typeorm';

/**
 * `rankings` with the unit's rank in the previous quarter (same block) and the change: positive means
 * it moved up. A view (created by migration), so a re-ranked quarter never leaves a stale change behind.
 */
@ViewEntity({ name: 'ranking_changes', synchronize: false })
export class RankingChangeView {
  @ViewColumn()
  period!: string;

  @ViewColumn()
  block!: string;

  @ViewColumn()
  unit!: string;

  @ViewColumn({ name: 'period_index' })
  periodIndex!: number;

  @ViewColumn()
  rank!: number | null;

  @ViewColumn({ name: 'unit_name' })
  unitName!: string;

  @ViewColumn()
  reported!: boolean;

  @ViewColumn({ name: 'report_status' })
  reportStatus!: string | null;

  @ViewColumn({ name: 'points_exact' })
  pointsExact!: string;

  @ViewColumn()
  points!: string;

  @ViewColumn({ name: 'applicable_max_exact' })
  applicableMaxExact!: string;

  @ViewColumn({ name: 'applicable_max' })
  applicableMax!: string;

  @ViewColumn({ name: 'percent_exact' })
  percentExact!: string | null;

  @ViewColumn()
  percent!: string | null;

  @ViewColumn({ name: 'previous_rank' })
  previousRank!: number | null;

  @ViewColumn({ name: 'rank_change' })
  rankChange!: number | null;
}
