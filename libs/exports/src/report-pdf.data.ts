import { catalogueIndex, getCatalogue, Rational } from '@dti/catalogue';
import type { UnitBlock } from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import { findPublishedVersions, findScorecard, replayFromStore, UnitReportEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';
import { emptyScorecardRows } from './empty-scorecard';

/** Everything a unit's quarterly report PDF shows, as figures already rounded for display. */
export interface ReportPdfData {
  unit: string;
  unitName: string;
  block: string;
  period: string;
  catalogueId: string;
  catalogueTitle: string;
  /** The published version shown; null when the report was never published (the current figures). */
  version: number | null;
  publishedVersions: number;
  reportStatus: string;
  finalizedBy: string | null;
  finalizedAt: Date | null;
  /** The global position the figures were computed at: `?asOf=` replays exactly this. */
  position: string | null;
  total: Figures;
  groups: ReportGroup[];
  notApplicable: Array<{ code: string; title: string; reason: string }>;
}

export interface Figures {
  points: string;
  applicableMax: string;
  percent: string | null;
}

export interface ReportGroup extends Figures {
  code: string;
  title: string;
  criteria: Array<{ code: string; title: string; max: string; points: string; status: string; explanation: string }>;
}

/** A version asked for that the unit-quarter never published. */
export class PublishedVersionMissingError extends Error {
  override readonly name = 'PublishedVersionMissingError';
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly version: number,
  ) {
    super(`${unit} ${period} has no published version ${version}`);
  }
}

/** The columns the PDF reads, as the projection, a replay and the empty scorecard all have them (exact). */
interface ExactRows {
  nodes: ReadonlyArray<{
    nodeCode: string;
    depth: number;
    title: string;
    pointsExact: string;
    applicableMaxExact: string;
    percentExact: string | null;
  }>;
  criteria: ReadonlyArray<{
    criterion: string;
    title: string;
    status: string;
    pointsExact: string;
    maxExact: string;
    explanationVi: string | null;
    notApplicableReason: string | null;
    errorMessage: string | null;
  }>;
}

const HUNDRED = Rational.of(100);
const display = (exact: string): string => Rational.parse(exact).toFixed(2);
const percentDisplay = (fraction: string | null): string | null =>
  fraction === null ? null : Rational.parse(fraction).mul(HUNDRED).toFixed(2);

/**
 * A published version (the latest, or `version`) is replayed from the event store up to its ReportFinalized
 * event, so the PDF shows the scores, explanations and not-applicable reasons exactly as finalized, whatever
 * was corrected since. Never published: the projection as it stands, marked as not published.
 */
export async function loadReportPdfData(
  store: EventStore,
  manager: EntityManager,
  query: { unit: string; unitName: string; block: string; period: string; version: number | null; catalogueId: string },
): Promise<ReportPdfData> {
  const versions = await findPublishedVersions(manager, { unit: query.unit, period: query.period });
  const published =
    query.version === null ? versions[versions.length - 1] : versions.find((entry) => entry.version === query.version);
  if (query.version !== null && published === undefined) {
    throw new PublishedVersionMissingError(query.unit, query.period, query.version);
  }
  let rows: ExactRows | null = null;
  let report: UnitReportEntity | null = null;
  let catalogueId = query.catalogueId;
  if (published !== undefined) {
    const { replayed } = await replayFromStore(store, {
      unit: query.unit,
      period: query.period,
      asOf: { position: BigInt(published.position) },
    });
    rows = replayed;
    report = replayed?.report ?? null;
    catalogueId = published.catalogueId;
  } else {
    const projected = await findScorecard(manager, { unit: query.unit, period: query.period });
    rows = projected;
    report = projected?.report ?? null;
    if (projected !== null) catalogueId = projected.report.catalogueId;
  }
  // Nothing recorded: every criterion of the block not reported, 0 of the block's full maximum.
  rows ??= emptyScorecardRows(getCatalogue(catalogueId), query.block as UnitBlock);
  const catalogue = getCatalogue(catalogueId);
  const index = catalogueIndex(catalogue);
  const groups: ReportGroup[] = rows.nodes
    .filter((node) => node.depth === 1)
    .map((node) => ({
      code: node.nodeCode,
      title: index.get(node.nodeCode)?.node.title ?? node.title,
      points: display(node.pointsExact),
      applicableMax: display(node.applicableMaxExact),
      percent: percentDisplay(node.percentExact),
      criteria: [],
    }));
  const groupByCode = new Map(groups.map((group) => [group.code, group]));
  for (const row of rows.criteria) {
    const entry = index.get(row.criterion);
    const group = groupByCode.get(entry?.ancestors[1] ?? row.criterion);
    const status = row.status;
    group?.criteria.push({
      code: row.criterion,
      title: entry?.node.title ?? row.title,
      max: display(row.maxExact),
      points: display(row.pointsExact),
      status,
      explanation:
        status === 'not-applicable'
          ? `Không áp dụng: ${row.notApplicableReason ?? ''}`
          : status === 'not-reported'
            ? 'Chưa nộp số liệu'
            : (row.explanationVi ?? row.errorMessage ?? ''),
    });
  }
  const root = rows.nodes.find((node) => node.depth === 0);
  // The status now, not as replayed: a published version of a report reopened since says so.
  const current =
    published === undefined
      ? report
      : await manager.findOne(UnitReportEntity, { where: { unit: query.unit, period: query.period } });
  return {
    unit: query.unit,
    unitName: query.unitName,
    block: query.block,
    period: query.period,
    catalogueId,
    catalogueTitle: catalogue.title,
    version: published?.version ?? null,
    publishedVersions: versions.length,
    reportStatus: current?.status ?? 'not_opened',
    finalizedBy: published?.finalizedBy ?? null,
    finalizedAt: published === undefined ? null : new Date(published.finalizedAt),
    position: published?.position ?? (report === null ? null : String(report.position)),
    total:
      published !== undefined
        ? { points: published.points, applicableMax: published.applicableMax, percent: published.percent }
        : {
            points: display(root?.pointsExact ?? '0'),
            applicableMax: display(root?.applicableMaxExact ?? '0'),
            percent: percentDisplay(root?.percentExact ?? null),
          },
    groups,
    notApplicable: rows.criteria
      .filter((row) => row.status === 'not-applicable')
      .map((row) => ({
        code: row.criterion,
        title: index.get(row.criterion)?.node.title ?? row.title,
        reason: row.notApplicableReason ?? '',
      })),
  };
}
