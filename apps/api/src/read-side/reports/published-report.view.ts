import { catalogueIndex, getCatalogue } from '@dti/catalogue';
import type { PublishedDifference, PublishedLineJson, PublishedReportEntity } from '@dti/read-model';
import { displayNumber, exactDifference, scoreFigures } from '../display-figures';
import type { ComparedFiguresResponse, PublishedVersionResponse, ReportDifferenceResponse } from './reports.response';

/** Pure: a published version as finalized; titles and maxima come from its catalogue version. */
export function publishedVersionView(report: PublishedReportEntity): PublishedVersionResponse {
  const titleOf = catalogueTitles(report.catalogueId);
  const lines = report.scorecard;
  return {
    version: report.version,
    catalogue: report.catalogueId,
    finalizedBy: report.finalizedBy,
    finalizedAt: new Date(report.finalizedAt).toISOString(),
    position: String(report.position),
    eventId: report.eventId,
    revision: String(report.streamRevision),
    total: scoreFigures(report),
    groups: lines
      .filter((line) => line.kind === 'node' && line.depth > 0)
      .map((line) => ({ code: line.code, title: titleOf(line.code), depth: line.depth, ...lineFigures(line) })),
    criteria: lines
      .filter((line) => line.kind === 'criterion')
      .map((line) => ({
        code: line.code,
        title: titleOf(line.code),
        status: line.status ?? 'not-reported',
        points: displayNumber(line.points),
        pointsExact: line.points,
        applicableMax: displayNumber(line.applicableMax),
        applicableMaxExact: line.applicableMax,
        submissionId: line.submissionId,
      })),
  };
}

/** Pure: a difference between a published version and now, with the change in points. */
export function reportDifferenceView(
  titleOf: (code: string) => string,
  difference: PublishedDifference,
): ReportDifferenceResponse {
  const differenceExact = exactDifference(difference.published?.points ?? null, difference.current?.points ?? null);
  return {
    code: difference.code,
    kind: difference.kind,
    title: titleOf(difference.code),
    published: compared(difference.published),
    current: compared(difference.current),
    difference: displayNumber(differenceExact),
    differenceExact,
  };
}

function lineFigures(line: PublishedLineJson) {
  return scoreFigures({ pointsExact: line.points, applicableMaxExact: line.applicableMax, percentExact: line.percent });
}

function compared(side: PublishedDifference['published']): ComparedFiguresResponse | null {
  if (side === null) return null;
  return {
    status: side.status,
    points: displayNumber(side.points),
    pointsExact: side.points,
    applicableMax: displayNumber(side.applicableMax),
    applicableMaxExact: side.applicableMax,
  };
}

/** Titles of a catalogue version's nodes (published lines store codes only). */
export function catalogueTitles(catalogueId: string): (code: string) => string {
  const index = catalogueIndex(getCatalogue(catalogueId));
  return (code) => index.get(code)?.node.title ?? code;
}
