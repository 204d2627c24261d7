import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import {
  assessmentStreamId,
  formatQuarter,
  parseAssessmentStreamId,
  parseQuarter,
  parseUnitCode,
  type RegisteredUnit,
  type UnitCode,
} from '@dti/domain';
import { AssessmentStreamReader } from '../assessments/streams/assessment-stream.reader';
import { GetReviewQueueQuery } from './get-review-queue.query';
import type { ReviewQueueResponse } from './review-queue.response';
import { reviewQueueItems, type QueuedAssessment } from './review-queue.view';

const DEFAULT_LIMIT = 100;

/**
 * Scans the `assessment-` category of the event store and folds each stream. Fine at today's volume
 * (a few dozen units × quarters); a later issue serves the queue from a PostgreSQL projection.
 */
@QueryHandler(GetReviewQueueQuery)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueueQuery, ReviewQueueResponse> {
  constructor(private readonly reader: AssessmentStreamReader) {}

  async execute(query: GetReviewQueueQuery): Promise<ReviewQueueResponse> {
    const unit = query.filter.unit === undefined ? undefined : parseUnitCode(query.filter.unit);
    const period = query.filter.period === undefined ? undefined : formatQuarter(parseQuarter(query.filter.period));
    const streamIds =
      unit !== undefined && period !== undefined
        ? [assessmentStreamId(unit, period)]
        : await this.reader.listAssessmentStreams(unit);

    const units = new Map<UnitCode, RegisteredUnit | null>();
    const assessments: QueuedAssessment[] = [];
    for (const streamId of streamIds) {
      if (period !== undefined && parseAssessmentStreamId(streamId).period !== period) continue;
      const { state } = await this.reader.loadAssessmentStream(streamId);
      if (state.status === 'not_opened') continue;
      if (!units.has(state.unit)) {
        const unitState = await this.reader.loadUnit(state.unit);
        units.set(state.unit, unitState.status === 'registered' ? unitState : null);
      }
      const assessedUnit = units.get(state.unit);
      if (assessedUnit == null) continue;
      if (query.filter.block !== undefined && assessedUnit.block !== query.filter.block) continue;
      assessments.push({ unit: assessedUnit, state, catalogue: getCatalogue(state.catalogueId) });
    }
    const group = query.filter.group;
    const items = reviewQueueItems(assessments, query.reader).filter(
      (item) => group === undefined || item.group.code === group,
    );
    return { total: items.length, items: items.slice(0, query.filter.limit ?? DEFAULT_LIMIT) };
  }
}
