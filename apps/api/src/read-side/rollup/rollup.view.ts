import type { CriterionRollupEntity, PeriodStatsEntity } from '@dti/read-model';
import { Rational } from '@dti/catalogue';
import { displayNumber, displayNumberOrNull, percentOf } from '../display-figures';
import type { RollupCriterionResponse, ScopeScoresResponse, ScoreStatisticsResponse } from './rollup.response';

export const SCORE_SCOPES = ['province', 'department', 'district'] as const;

/** Pure: one criterion's roll-up as shown. */
export function rollupCriterionView(row: CriterionRollupEntity): RollupCriterionResponse {
  const share = row.measure !== 'mean-value';
  const percent = share ? percentOf(row.valueExact) : { percent: null, percentExact: null };
  return {
    code: row.criterion,
    title: row.title,
    catalogue: row.catalogueId,
    ruleKind: row.ruleKind,
    measure: row.measure,
    numeratorExact: row.numeratorExact,
    denominatorExact: row.denominatorExact,
    value: displayNumberOrNull(row.valueExact),
    valueExact: row.valueExact,
    ...percent,
    pointsSum: displayNumber(row.pointsSumExact),
    pointsSumExact: row.pointsSumExact,
    maxSum: displayNumber(row.maxSumExact),
    maxSumExact: row.maxSumExact,
    units: {
      eligible: row.unitsEligible,
      scored: row.unitsScored,
      notApplicable: row.unitsNotApplicable,
      notReported: row.unitsNotReported,
      error: row.unitsError,
      meetingThreshold: row.unitsMeetingThreshold,
    },
  };
}

/** Pure: the score statistics of every scope that has any, province first, each in catalogue order. */
export function scopeScoresView(rows: readonly PeriodStatsEntity[]): ScopeScoresResponse[] {
  return SCORE_SCOPES.flatMap((scope) => {
    const nodes = rows.filter((row) => row.scope === scope).sort((a, b) => a.ordinal - b.ordinal);
    if (nodes.length === 0) return [];
    const total = nodes.find((row) => row.depth === 0);
    return [
      {
        scope,
        total: total === undefined ? null : statisticsView(total),
        groups: nodes.filter((row) => row.depth > 0).map(statisticsView),
      },
    ];
  });
}

function statisticsView(row: PeriodStatsEntity): ScoreStatisticsResponse {
  const mean = percentOf(row.meanPercentExact);
  const min = percentOf(row.minPercentExact);
  const max = percentOf(row.maxPercentExact);
  const pooled = percentOf(row.pooledPercentExact);
  return {
    code: row.nodeCode,
    title: row.title,
    depth: row.depth,
    unitCount: row.unitCount,
    mean: mean.percent,
    meanExact: mean.percentExact,
    min: min.percent,
    minExact: min.percentExact,
    max: max.percent,
    maxExact: max.percentExact,
    stddev: row.stddevPercent === null ? null : Rational.parse(row.stddevPercent).toNumber(2),
    stddevDecimal: row.stddevPercent,
    pooled: pooled.percent,
    pooledExact: pooled.percentExact,
  };
}
