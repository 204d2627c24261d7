import type { Catalogue, Rule } from '@dti/catalogue';
import { Rational, catalogueIndex, isLeaf, walkCatalogue } from '@dti/catalogue';
import { UNIT_BLOCKS, unitsInPeriod, type QuarterString, type RegisteredUnit, type UnitBlock } from '@dti/domain';
import { scoreCard, type ScoreCardNode } from '@dti/scoring';
import type { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import type { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import type { UnitReportEntity } from '../assessment/unit-report.entity';
import { display2, exactOrNull, exactText, parseExact, parseExactOrNull, percentDisplay } from '../exact/exact-columns';
import type { CriterionRollupEntity } from './criterion-rollup.entity';
import { rollupMeasureOf, sumContributions, type RollupContribution } from './criterion-rollup';
import { percentStats } from './percent-stats';
import { periodIndexOf } from './period-index';
import type { PeriodStatsEntity } from './period-stats.entity';
import type { RankingEntity } from './ranking.entity';
import { competitionRanks } from './rankings';

export type Scope = 'province' | UnitBlock;
export const SCOPES: readonly Scope[] = ['province', ...UNIT_BLOCKS];

/** The columns of the per-stream rows a quarter's derivations read: the rows themselves, or just these. */
export type PeriodReportInput = Pick<
  UnitReportEntity,
  'unit' | 'catalogueId' | 'status' | 'pointsExact' | 'applicableMaxExact' | 'percentExact'
>;
export type PeriodNodeInput = Pick<
  ScorecardNodeEntity,
  'unit' | 'nodeCode' | 'pointsExact' | 'applicableMaxExact' | 'percentExact'
>;
export type PeriodCriterionInput = Pick<
  CriterionScoreEntity,
  | 'unit'
  | 'criterion'
  | 'status'
  | 'pointsExact'
  | 'applicableMaxExact'
  | 'rollupNumeratorExact'
  | 'rollupDenominatorExact'
  | 'meetsThreshold'
>;

/** What a quarter's derived projections are computed from: the register and the units' projected reports. */
export interface PeriodInputs {
  period: QuarterString;
  /** Every registered unit (any period); the quarter's population is chosen by unit history. */
  units: readonly RegisteredUnit[];
  reports: readonly PeriodReportInput[];
  nodes: readonly PeriodNodeInput[];
  criteria: readonly PeriodCriterionInput[];
  /** The catalogue a unit without a report would have been scored with (the one in force for the period). */
  defaultCatalogueId: string;
  catalogues: (id: string) => Catalogue;
  /**
   * Only the roll-ups of these criteria and the statistics of these groups (the live period job's run after
   * key writes that changed just those: the others are stored and unchanged), each row as the whole
   * quarter's would be; `nodes` and `criteria` need hold only their rows. Rankings are always all made.
   */
  only?: PeriodSubset;
}

export interface PeriodSubset {
  nodes: ReadonlySet<string>;
  criteria: ReadonlySet<string>;
}

export interface PeriodProjection {
  rankings: RankingEntity[];
  rollups: CriterionRollupEntity[];
  stats: PeriodStatsEntity[];
}

interface Member {
  code: string;
  block: UnitBlock;
  name: string;
  catalogue: Catalogue;
  report: PeriodReportInput | undefined;
}

/**
 * Pure: a quarter's rankings, criterion roll-ups and score statistics. The population is the units that
 * existed in the quarter (unit history, @dti/domain `unitsInPeriod`), whatever reports exist: a unit
 * dissolved before the quarter is not in it even if a report was filed, and a unit that existed but
 * reported nothing ranks with 0 points of its block's full maximum (reported = false).
 */
export function projectPeriod(inputs: PeriodInputs): PeriodProjection {
  const periodIndex = periodIndexOf(inputs.period);
  const reportOf = new Map(inputs.reports.map((report) => [report.unit, report]));
  const members: Member[] = unitsInPeriod(inputs.units, inputs.period).map((unit) => {
    const report = reportOf.get(unit.code);
    return {
      code: unit.code,
      block: unit.block,
      name: unit.name,
      catalogue: inputs.catalogues(report?.catalogueId ?? inputs.defaultCatalogueId),
      report,
    };
  });
  const emptyCards = new EmptyCards();
  return {
    rankings: rankingsOf(inputs.period, periodIndex, members, emptyCards),
    rollups: rollupsOf(inputs, periodIndex, members),
    stats: statsOf(inputs, periodIndex, members, emptyCards),
  };
}

/**
 * A catalogue's empty scorecards, by block, kept for the process: a catalogue never changes, and scoring an
 * empty card (≈7 ms) was a large share of a period job that recomputes only what changed.
 */
const emptyCardNodes = new WeakMap<Catalogue, Map<UnitBlock, Map<string, ScoreCardNode>>>();

/** Scorecards of a unit that reported nothing, per catalogue and block: 0 of every maximum. */
class EmptyCards {
  nodes(catalogue: Catalogue, block: UnitBlock): Map<string, ScoreCardNode> {
    let byBlock = emptyCardNodes.get(catalogue);
    if (byBlock === undefined) emptyCardNodes.set(catalogue, (byBlock = new Map()));
    let nodes = byBlock.get(block);
    if (nodes === undefined) {
      const found = new Map<string, ScoreCardNode>();
      const visit = (node: ScoreCardNode) => {
        found.set(node.code, node);
        node.children.forEach(visit);
      };
      visit(scoreCard(catalogue, {}, { block }).root);
      byBlock.set(block, (nodes = found));
    }
    return nodes;
  }

  root(catalogue: Catalogue, block: UnitBlock): ScoreCardNode {
    return this.nodes(catalogue, block).get(catalogue.root.code) as ScoreCardNode;
  }
}

function rankingsOf(
  period: QuarterString,
  periodIndex: number,
  members: readonly Member[],
  emptyCards: EmptyCards,
): RankingEntity[] {
  const rows: RankingEntity[] = [];
  for (const block of UNIT_BLOCKS) {
    const candidates = members
      .filter((member) => member.block === block)
      .map((member) => {
        const report = member.report;
        const points = report ? parseExact(report.pointsExact) : Rational.ZERO;
        const applicableMax = report
          ? parseExact(report.applicableMaxExact)
          : emptyCards.root(member.catalogue, block).applicableMax;
        const percent = report ? parseExactOrNull(report.percentExact) : applicableMax.isZero() ? null : Rational.ZERO;
        return { unit: member.code, member, points, applicableMax, percent };
      });
    for (const ranked of competitionRanks(candidates)) {
      rows.push({
        period,
        block,
        unit: ranked.unit,
        periodIndex,
        rank: ranked.rank,
        unitName: ranked.member.name,
        reported: ranked.member.report !== undefined,
        reportStatus: ranked.member.report?.status ?? null,
        pointsExact: exactText(ranked.points),
        points: display2(ranked.points),
        applicableMaxExact: exactText(ranked.applicableMax),
        applicableMax: display2(ranked.applicableMax),
        percentExact: exactOrNull(ranked.percent),
        percent: percentDisplay(ranked.percent),
      });
    }
  }
  return rows;
}

function inScope(scope: Scope, block: UnitBlock): boolean {
  return scope === 'province' || scope === block;
}

function rollupsOf(inputs: PeriodInputs, periodIndex: number, members: readonly Member[]): CriterionRollupEntity[] {
  const rowOf = new Map(inputs.criteria.map((row) => [`${row.unit}\u0000${row.criterion}`, row]));
  const catalogues = uniqueCatalogues(members);
  const rows: CriterionRollupEntity[] = [];
  for (const catalogue of catalogues) {
    const index = catalogueIndex(catalogue);
    let ordinal = 0;
    for (const { node } of walkCatalogue(catalogue.root)) {
      ordinal += 1;
      if (!isLeaf(node) || node.rule === undefined) continue;
      if (inputs.only !== undefined && !inputs.only.criteria.has(node.code)) continue;
      const appliesTo = index.get(node.code)?.appliesTo ?? [];
      const rule = node.rule as Rule;
      for (const scope of SCOPES) {
        const eligible = members.filter(
          (member) =>
            member.catalogue.id === catalogue.id && inScope(scope, member.block) && appliesTo.includes(member.block),
        );
        if (eligible.length === 0) continue;
        const counts = { scored: 0, notApplicable: 0, notReported: 0, error: 0 };
        const contributions: RollupContribution[] = [];
        let pointsSum = Rational.ZERO;
        let maxSum = Rational.ZERO;
        for (const member of eligible) {
          const row = member.report ? rowOf.get(`${member.code}\u0000${node.code}`) : undefined;
          const status = row?.status ?? 'not-reported';
          if (status === 'scored' && row?.rollupNumeratorExact && row.rollupDenominatorExact) {
            counts.scored += 1;
            contributions.push({
              numerator: parseExact(row.rollupNumeratorExact),
              denominator: parseExact(row.rollupDenominatorExact),
              meetsThreshold: row.meetsThreshold,
            });
            pointsSum = pointsSum.add(parseExact(row.pointsExact));
            maxSum = maxSum.add(parseExact(row.applicableMaxExact));
          } else if (status === 'not-applicable') {
            counts.notApplicable += 1;
          } else if (status === 'error') {
            counts.error += 1;
          } else {
            counts.notReported += 1;
          }
        }
        const totals = sumContributions(rule, contributions);
        rows.push({
          period: inputs.period,
          scope,
          catalogueId: catalogue.id,
          criterion: node.code,
          periodIndex,
          ordinal,
          title: node.title,
          ruleKind: rule.kind,
          measure: rollupMeasureOf(rule),
          numeratorExact: exactText(totals.numerator),
          denominatorExact: exactText(totals.denominator),
          valueExact: exactOrNull(totals.value),
          valuePercent: percentDisplay(totals.value),
          pointsSumExact: exactText(pointsSum),
          maxSumExact: exactText(maxSum),
          unitsEligible: eligible.length,
          unitsScored: counts.scored,
          unitsNotApplicable: counts.notApplicable,
          unitsNotReported: counts.notReported,
          unitsError: counts.error,
          unitsMeetingThreshold: totals.unitsMeetingThreshold,
        });
      }
    }
  }
  return rows;
}

function statsOf(
  inputs: PeriodInputs,
  periodIndex: number,
  members: readonly Member[],
  emptyCards: EmptyCards,
): PeriodStatsEntity[] {
  const nodeOf = new Map(inputs.nodes.map((row) => [`${row.unit}\u0000${row.nodeCode}`, row]));
  // The catalogues' groups (inner nodes), by code, in document order of the first catalogue naming them.
  const groups = new Map<string, { title: string; depth: number; ordinal: number }>();
  for (const catalogue of uniqueCatalogues(members)) {
    let ordinal = 0;
    for (const { node, depth } of walkCatalogue(catalogue.root)) {
      ordinal += 1;
      if (!isLeaf(node) && !groups.has(node.code)) groups.set(node.code, { title: node.title, depth, ordinal });
    }
  }
  const rows: PeriodStatsEntity[] = [];
  for (const scope of SCOPES) {
    const scoped = members.filter((member) => inScope(scope, member.block));
    if (scoped.length === 0) continue;
    for (const [code, group] of groups) {
      if (inputs.only !== undefined && !inputs.only.nodes.has(code)) continue;
      const percents: Rational[] = [];
      let pointsSum = Rational.ZERO;
      let maxSum = Rational.ZERO;
      for (const member of scoped) {
        let points: Rational;
        let max: Rational;
        let percent: Rational | null;
        if (member.report) {
          const row = nodeOf.get(`${member.code}\u0000${code}`);
          if (row === undefined) continue;
          points = parseExact(row.pointsExact);
          max = parseExact(row.applicableMaxExact);
          percent = parseExactOrNull(row.percentExact);
        } else {
          const node = emptyCards.nodes(member.catalogue, member.block).get(code);
          if (node === undefined) continue;
          points = node.points;
          max = node.applicableMax;
          percent = node.percent;
        }
        if (percent === null) continue;
        percents.push(percent);
        pointsSum = pointsSum.add(points);
        maxSum = maxSum.add(max);
      }
      const stats = percentStats(percents);
      const pooled = maxSum.isZero() ? null : pointsSum.div(maxSum);
      rows.push({
        period: inputs.period,
        scope,
        nodeCode: code,
        periodIndex,
        depth: group.depth,
        ordinal: group.ordinal,
        title: group.title,
        unitCount: stats.count,
        meanPercentExact: exactOrNull(stats.mean),
        meanPercent: percentDisplay(stats.mean),
        minPercentExact: exactOrNull(stats.min),
        minPercent: percentDisplay(stats.min),
        maxPercentExact: exactOrNull(stats.max),
        maxPercent: percentDisplay(stats.max),
        stddevPercent: stats.stddevPercentPoints,
        pointsSumExact: exactText(pointsSum),
        maxSumExact: exactText(maxSum),
        pooledPercentExact: exactOrNull(pooled),
        pooledPercent: percentDisplay(pooled),
      });
    }
  }
  return rows;
}

function uniqueCatalogues(members: readonly Member[]): Catalogue[] {
  const byId = new Map<string, Catalogue>();
  for (const member of members) if (!byId.has(member.catalogue.id)) byId.set(member.catalogue.id, member.catalogue);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The rows of one report slimmed to what the quarter's derivations read (a rebuild keeps these in memory). */
export function periodInputsOf(
  report: UnitReportEntity,
  nodes: readonly ScorecardNodeEntity[],
  criteria: readonly CriterionScoreEntity[],
): { report: PeriodReportInput; nodes: PeriodNodeInput[]; criteria: PeriodCriterionInput[] } {
  return {
    report: {
      unit: report.unit,
      catalogueId: report.catalogueId,
      status: report.status,
      pointsExact: report.pointsExact,
      applicableMaxExact: report.applicableMaxExact,
      percentExact: report.percentExact,
    },
    nodes: nodes.map((node) => ({
      unit: node.unit,
      nodeCode: node.nodeCode,
      pointsExact: node.pointsExact,
      applicableMaxExact: node.applicableMaxExact,
      percentExact: node.percentExact,
    })),
    criteria: criteria.map((row) => ({
      unit: row.unit,
      criterion: row.criterion,
      status: row.status,
      pointsExact: row.pointsExact,
      applicableMaxExact: row.applicableMaxExact,
      rollupNumeratorExact: row.rollupNumeratorExact,
      rollupDenominatorExact: row.rollupDenominatorExact,
      meetsThreshold: row.meetsThreshold,
    })),
  };
}
