import { Rational } from '@dti/catalogue';
import {
  competitionRanks,
  exactOrNull,
  findPublishedReports,
  parseExactOrNull,
  PublishedReportEntity,
} from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { catalogueLabels, unitLabelsOf } from '@dti/exports';

/**
 * Open data is what finalized report versions say and nothing else: the latest published version of each
 * unit's report (published_reports, built from ReportFinalized events alone). A report reopened and
 * corrected but not finalized again still shows its published figures; a unit never finalized is absent.
 */
export interface PublishedRankingRow {
  period: string;
  block: string;
  rank: number | null;
  unit: string;
  unit_name: string;
  points: number;
  applicable_max: number;
  percent: number | null;
  points_exact: string;
  percent_exact: string | null;
  report_version: number;
  finalized_at: string;
  position: string;
}

export interface PublishedScoreRow {
  period: string;
  unit: string;
  unit_name: string;
  block: string;
  catalogue: string;
  criterion: string;
  criterion_title: string;
  status: string;
  points: number;
  applicable_max: number;
  points_exact: string;
  report_version: number;
}

const HUNDRED = Rational.of(100);

/** What identifies a quarter's published content: versions are only ever added, never changed. */
export async function publishedFingerprint(manager: EntityManager, period: string): Promise<string> {
  const row = await manager
    .createQueryBuilder(PublishedReportEntity, 'p')
    .select('count(*)', 'count')
    .addSelect('coalesce(max(p.position), 0)', 'position')
    .where('p.period = :period', { period })
    .getRawOne<{ count: string; position: string }>();
  return `${row?.count ?? '0'}-${row?.position ?? '0'}`;
}

export async function publishedRankings(manager: EntityManager, period: string): Promise<PublishedRankingRow[]> {
  const reports = await findPublishedReports(manager, { period });
  const units = await unitLabelsOf(manager, [period]);
  const rows: PublishedRankingRow[] = [];
  for (const block of [...new Set(reports.map((report) => report.block))].sort()) {
    const ranked = competitionRanks(
      reports
        .filter((report) => report.block === block)
        .map((report) => ({ unit: report.unit, percent: parseExactOrNull(report.percentExact), report })),
    );
    for (const { report, rank } of ranked) {
      rows.push({
        period,
        block,
        rank,
        unit: report.unit,
        unit_name: units.of(report.unit, period).name,
        points: Number(report.points),
        applicable_max: Number(report.applicableMax),
        percent: report.percent === null ? null : Number(report.percent),
        points_exact: report.pointsExact,
        // A percentage, as the API's percentExact (the column holds a fraction of 1).
        percent_exact: exactOrNull(parseExactOrNull(report.percentExact)?.mul(HUNDRED) ?? null),
        report_version: report.version,
        finalized_at: new Date(report.finalizedAt).toISOString(),
        position: String(report.position),
      });
    }
  }
  return rows;
}

export async function publishedScores(manager: EntityManager, period: string): Promise<PublishedScoreRow[]> {
  const reports = await findPublishedReports(manager, { period });
  const units = await unitLabelsOf(manager, [period]);
  const rows: PublishedScoreRow[] = [];
  for (const report of reports) {
    const labels = catalogueLabels(report.catalogueId);
    for (const line of report.scorecard) {
      if (line.kind !== 'criterion') continue;
      const points = parseExactOrNull(line.points);
      const max = parseExactOrNull(line.applicableMax);
      rows.push({
        period,
        unit: report.unit,
        unit_name: units.of(report.unit, period).name,
        block: report.block,
        catalogue: report.catalogueId,
        criterion: line.code,
        criterion_title: labels.title(line.code),
        status: line.status ?? 'not-reported',
        points: points === null ? 0 : Number(points.toFixed(2)),
        applicable_max: max === null ? 0 : Number(max.toFixed(2)),
        points_exact: line.points,
        report_version: report.version,
      });
    }
  }
  return rows;
}
