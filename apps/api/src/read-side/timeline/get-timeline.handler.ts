import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { UnitCode } from '@dti/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ReadAccess } from '../read-access';
import { invalidInput, timelineCursor, type TimelineBoundInput } from '../read-inputs';
import {
  findUnitTimelineNet,
  findUnitTimelinePage,
  latestPublished,
  type ResolvedBound,
  type UnitTimelineFilter,
} from './find-unit-timeline';
import { GetTimelineQuery } from './get-timeline.query';
import type { TimelineBoundResponse, TimelineResponse } from './timeline.response';
import { netChanges, timelineChange } from './timeline.view';

@QueryHandler(GetTimelineQuery)
export class GetTimelineHandler implements IQueryHandler<GetTimelineQuery, TimelineResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
  ) {}

  async execute(query: GetTimelineQuery): Promise<TimelineResponse> {
    // The page is read beside the unit's register row (one round trip's wait less); 404 still comes first.
    const [, response] = await this.access.unitWith(query.reader, query.unit, (unit) => this.timeline(unit, query));
    return response;
  }

  private async timeline(unit: UnitCode, query: GetTimelineQuery): Promise<TimelineResponse> {
    const manager = this.dataSource.manager;
    const { filter } = query;
    const from = filter.from === null ? null : await resolveBound(manager, unit, filter.from, 'from');
    const to = filter.to === null ? null : await resolveBound(manager, unit, filter.to, 'to');
    if (from !== null && to !== null) requireOrdered(from.bound, to.bound);
    if (filter.occurredFrom !== null && filter.occurredTo !== null && filter.occurredFrom > filter.occurredTo) {
      throw invalidInput('occurredTo', 'the window ends before it begins', 'RANGE_ENDS_BEFORE_START');
    }
    const matching: UnitTimelineFilter = {
      unit,
      period: filter.period,
      criterion: filter.criterion,
      actor: filter.actor,
      from: from?.bound ?? null,
      to: to?.bound ?? null,
      occurredFrom: filter.occurredFrom,
      occurredTo: filter.occurredTo,
    };
    const [page, net] = await Promise.all([
      findUnitTimelinePage(manager, matching, { before: filter.before, limit: filter.limit }),
      filter.net ? findUnitTimelineNet(manager, matching) : null,
    ]);
    return {
      unit,
      period: filter.period,
      criterion: filter.criterion,
      actor: filter.actor,
      from: from?.shown ?? null,
      to: to?.shown ?? null,
      changes: page.rows.map(timelineChange),
      nextCursor: page.nextBefore === null ? null : timelineCursor(page.nextBefore),
      net: net === null ? null : netChanges(net),
      truncated: page.nextBefore !== null,
    };
  }
}

/** A quarter means the moment its report, as last published, was finalized: the position it was built from. */
async function resolveBound(
  manager: EntityManager,
  unit: UnitCode,
  bound: TimelineBoundInput,
  field: 'from' | 'to',
): Promise<{ bound: ResolvedBound; shown: TimelineBoundResponse }> {
  if ('instant' in bound) {
    return {
      bound,
      shown: { period: null, version: null, position: null, instant: bound.instant.toISOString() },
    };
  }
  const published = await latestPublished(manager, unit, bound.period);
  if (published === null) {
    throw invalidInput(
      field,
      `${unit}'s report for ${bound.period} has not been published (finalized): give an instant instead`,
      'REPORT_NOT_PUBLISHED',
    );
  }
  const position = String(published.position);
  return {
    bound: { position },
    shown: { period: bound.period, version: published.version, position, instant: null },
  };
}

function requireOrdered(from: ResolvedBound, to: ResolvedBound): void {
  const backwards =
    'position' in from && 'position' in to
      ? BigInt(from.position) > BigInt(to.position)
      : 'instant' in from && 'instant' in to && from.instant.getTime() > to.instant.getTime();
  if (backwards) throw invalidInput('to', 'the window ends before it begins', 'RANGE_ENDS_BEFORE_START');
}
