import { ViewColumn, ViewEntity } from 'typeorm';

/**
 * Leadership's time series in one shape: per unit (its scorecard nodes), per block and for the province
 * (period_stats: the mean of the units' percentages). `node_code` is the catalogue root for the total.
 */
@ViewEntity({ name: 'score_series', synchronize: false })
export class ScoreSeriesView {
  /** unit | block | province. */
  @ViewColumn()
  scope!: 'unit' | 'block' | 'province';

  /** The unit code, the block, or "province". */
  @ViewColumn()
  subject!: string;

  @ViewColumn({ name: 'node_code' })
  nodeCode!: string;

  @ViewColumn()
  depth!: number;

  @ViewColumn()
  title!: string;

  @ViewColumn()
  period!: string;

  @ViewColumn({ name: 'period_index' })
  periodIndex!: number;

  @ViewColumn({ name: 'percent_exact' })
  percentExact!: string | null;

  @ViewColumn()
  percent!: string | null;

  @ViewColumn({ name: 'points_exact' })
  pointsExact!: string;

  @ViewColumn({ name: 'applicable_max_exact' })
  applicableMaxExact!: string;

  @ViewColumn({ name: 'unit_count' })
  unitCount!: number;
}
