import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  findScorecardAsOf,
  findScorecardVersion,
  findVersionedScorecardLines,
  type ReplayBound,
  type ScorecardLines,
} from '@dti/read-model';
import type { QuarterString, RegisteredUnit } from '@dti/domain';
import { DataSource } from 'typeorm';
import { ReadAccess, unitNameFor } from '../read-access';
import { catalogueInForce } from '../read-inputs';
import { RenderedJsonCache, renderJson, type RenderedJson } from '../rendered-json';
import { emptyScorecardRows } from '@dti/exports';
import { GetScorecardQuery } from './get-scorecard.query';
import { scorecardView, type ScorecardRows } from './scorecard.view';

/** The version of a unit-quarter with no report: its card is the catalogue's empty one. */
const NO_REPORT = 'none';

/** A card as read: its version, and its lines (null: no report; undefined: not read, the version probed alone). */
interface Card {
  version: string;
  lines?: ScorecardLines | null;
}

/**
 * Without asOf: the projection (what leadership and rankings see). With asOf: the scorecard's versions
 * kept by the projection (`scorecard_versions`), valid at the bound — an indexed lookup, the same for a
 * stream of ten events or two thousand. Whether those versions say what the events say is the
 * inspector's check (`GET /scorecards/{unit}/{period}/check?asOf=`), which replays the stream.
 *
 * Answers are rendered once per version of the card (RenderedJsonCache): a card read again unchanged is
 * one probe of its report row, and its kept JSON text is sent.
 */
@QueryHandler(GetScorecardQuery)
export class GetScorecardHandler implements IQueryHandler<GetScorecardQuery, RenderedJson> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
    private readonly rendered: RenderedJsonCache,
  ) {}

  async execute(query: GetScorecardQuery): Promise<RenderedJson> {
    return query.asOf === null ? this.projected(query) : this.asOf(query, query.asOf);
  }

  private async projected(query: GetScorecardQuery): Promise<RenderedJson> {
    const { period } = query;
    const key = `${query.unit} ${period}`;
    const kept = this.rendered.versionOf(key) !== null;
    // Beside the register's read: the card's version only when an answer is kept for it (a probe of one
    // row), else the card with its version (one statement).
    const [unit, probed] = await this.access.unitWith(query.reader, query.unit, (code) =>
      kept ? this.versionOf(code, period) : this.cardOf(code, period),
    );
    const context = contextOf(unit, period);
    let read: Card = probed;
    if (read.lines === undefined) {
      const same = this.rendered.get(key, read.version, context);
      if (same !== undefined) return same;
      read = await this.cardOf(unit.code, period);
    }
    const lines = read.lines ?? null;
    const rows: ScorecardRows | null = lines && { catalogueId: lines.report.catalogueId, ...lines };
    return this.rendered.put(key, read.version, context, render(unit, period, null, rows));
  }

  /** The card's version alone (lines not read). */
  private async versionOf(unit: string, period: QuarterString): Promise<Card> {
    return { version: (await findScorecardVersion(this.dataSource.manager, { unit, period })) ?? NO_REPORT };
  }

  /** The card's lines (null: no report) with their version. */
  private async cardOf(unit: string, period: QuarterString): Promise<Card> {
    const found = await findVersionedScorecardLines(this.dataSource.manager, { unit, period });
    return found ?? { version: NO_REPORT, lines: null };
  }

  private async asOf(query: GetScorecardQuery, asOf: ReplayBound): Promise<RenderedJson> {
    const { period } = query;
    const bound = 'position' in asOf ? asOf.position.toString() : asOf.instant.toISOString();
    const key = `${query.unit} ${period} asOf ${bound}`;
    // The card's version before its kept versions are read: a key job in between only makes the next read render again.
    const [unit, version] = await this.access.unitWith(query.reader, query.unit, (code) =>
      findScorecardVersion(this.dataSource.manager, { unit: code, period }),
    );
    const context = contextOf(unit, period);
    const kept = this.rendered.get(key, version ?? NO_REPORT, context);
    if (kept !== undefined) return kept;
    const rows = await findScorecardAsOf(this.dataSource.manager, { unit: unit.code, period, asOf });
    return this.rendered.put(key, version ?? NO_REPORT, context, render(unit, period, asOf, rows));
  }
}

/** What an answer is made from besides the card's rows: the unit's block and its name in the quarter. */
function contextOf(unit: RegisteredUnit, period: string): string {
  return `${unit.block}\u0000${unitNameFor(unit, period)}`;
}

function render(
  unit: RegisteredUnit,
  period: QuarterString,
  asOf: ReplayBound | null,
  rows: ScorecardRows | null,
): RenderedJson {
  return renderJson(
    scorecardView({
      unit,
      period,
      source: 'projection',
      asOf,
      rows: rows ?? emptyScorecardRows(catalogueInForce(period), unit.block),
    }),
  );
}
