import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { catalogueIndex, getCatalogue, isLeaf } from '@dti/catalogue';
import { catalogueIdFor, DomainError, type QuarterString } from '@dti/domain';
import { findSeries, type ScoreSeriesView } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { displayNumberOrNull, percentOf } from '../display-figures';
import { ReadAccess } from '../read-access';
import { invalidInput, readPeriodRange } from '../read-inputs';
import { GetSeriesQuery } from './get-series.query';
import type { SeriesSubject } from './series-subject';
import type { SeriesPointResponse, SeriesResponse } from './series.response';

@QueryHandler(GetSeriesQuery)
export class GetSeriesHandler implements IQueryHandler<GetSeriesQuery, SeriesResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
  ) {}

  async execute(query: GetSeriesQuery): Promise<SeriesResponse> {
    const { subject, from, to } = query;
    const periods = readPeriodRange(from, to);
    if (subject.kind === 'unit') await this.access.unitFor(query.reader, subject.unit);
    if (subject.kind === 'group') requireGroup(subject.group, periods);
    const rows = await findSeries(this.dataSource.manager, { ...seriesScope(subject), from, to });
    const byPeriod = new Map(rows.map((row) => [row.period, row]));
    return {
      subject: {
        kind: subject.kind,
        unit: subject.kind === 'unit' ? subject.unit : null,
        group: subject.kind === 'group' ? subject.group : null,
        block: subject.kind === 'unit' ? null : subject.block,
      },
      title: rows[0]?.title ?? null,
      from,
      to,
      points: periods.map((period) => seriesPoint(period, byPeriod.get(period))),
    };
  }
}

/** The read model's series scopes: a unit's scorecards, a block's or the province's period statistics. */
function seriesScope(subject: SeriesSubject): { scope: string; subject?: string; node?: string } {
  switch (subject.kind) {
    case 'unit':
      return { scope: 'unit', subject: subject.unit };
    case 'group':
      return subject.block === null
        ? { scope: 'province', node: subject.group }
        : { scope: 'block', subject: subject.block, node: subject.group };
    case 'province':
      return subject.block === null ? { scope: 'province' } : { scope: 'block', subject: subject.block };
    default: {
      const unexpected: never = subject;
      throw new Error(`Unknown series subject ${JSON.stringify(unexpected)}`);
    }
  }
}

function seriesPoint(period: QuarterString, row: ScoreSeriesView | undefined): SeriesPointResponse {
  if (row === undefined) {
    return {
      period,
      percent: null,
      percentExact: null,
      points: null,
      pointsExact: null,
      applicableMax: null,
      applicableMaxExact: null,
      unitCount: 0,
    };
  }
  return {
    period,
    ...percentOf(row.percentExact),
    points: displayNumberOrNull(row.pointsExact),
    pointsExact: row.pointsExact,
    applicableMax: displayNumberOrNull(row.applicableMaxExact),
    applicableMaxExact: row.applicableMaxExact,
    unitCount: Number(row.unitCount),
  };
}

/** A group of a catalogue in force in the range (a criterion has no mean series of its own here). */
function requireGroup(group: string, periods: readonly QuarterString[]): void {
  const catalogueIds = new Set<string>();
  for (const period of periods) {
    try {
      catalogueIds.add(catalogueIdFor(period));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  for (const id of catalogueIds) {
    const node = catalogueIndex(getCatalogue(id)).get(group)?.node;
    if (node !== undefined && !isLeaf(node)) return;
  }
  throw invalidInput(
    'group',
    `"${group}" is not a group of the catalogue in force from ${periods[0]} to ${periods[periods.length - 1]} ` +
      '(groups are 1–7 and sub-groups such as 5.1; see GET /catalogues)',
    'UNKNOWN_GROUP',
  );
}
