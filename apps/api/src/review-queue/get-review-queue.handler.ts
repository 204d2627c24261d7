import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { getCatalogue } from '@dti/catalogue';
import {
  ASSESSMENT_STREAM_PREFIX,
  formatQuarter,
  parseQuarter,
  parseUnitCode,
  type OfficialValue,
  type Submission,
} from '@dti/domain';
import { findPendingSubmissions, findUnitStates } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../command-handling/own-writes';
import { unitsOf } from '../units/queries/unit.query-handlers';
import { GetReviewQueueQuery } from './get-review-queue.query';
import type { ReviewQueueResponse } from './review-queue.response';
import { pendingItem } from './review-queue.view';

const DEFAULT_LIMIT = 100;

/**
 * From the read model's `review_queue` (one row per pending submission, written by the projector with the
 * rest of the unit-quarter): filtered, ordered and limited in SQL, then scored and labelled with the
 * catalogue for the page only. The reader's own recent reviews are waited for (OwnWrites), so an approved
 * item leaves their queue at once. No stream is read on this path.
 */
@QueryHandler(GetReviewQueueQuery)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueueQuery, ReviewQueueResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute(query: GetReviewQueueQuery): Promise<ReviewQueueResponse> {
    const unit = query.filter.unit === undefined ? undefined : parseUnitCode(query.filter.unit);
    const period = query.filter.period === undefined ? undefined : formatQuarter(parseQuarter(query.filter.period));
    await this.ownWrites.awaitProjected(query.reader.username, (id) => id.startsWith(ASSESSMENT_STREAM_PREFIX));
    const db = this.dataSource.manager;
    // With a unit filter its register row is known up front: read beside the queue, not after it.
    const [{ total, rows }, filtered] = await Promise.all([
      findPendingSubmissions(db, {
        unit,
        period,
        block: query.filter.block,
        group: query.filter.group,
        limit: query.filter.limit ?? DEFAULT_LIMIT,
      }),
      unit === undefined ? null : findUnitStates(db, [unit]),
    ]);
    const codes = [...new Set(rows.map((row) => row.unit))];
    const states = filtered ?? (codes.length === 0 ? [] : await findUnitStates(db, codes));
    const units = new Map(unitsOf(states).map((u) => [u.code, u]));
    const items = rows.flatMap((row) => {
      const registered = units.get(row.unit);
      if (registered === undefined) return [];
      return [
        pendingItem(
          {
            unit: registered,
            period: row.period,
            catalogue: getCatalogue(row.catalogueId),
            criterion: row.criterion,
            submission: row.submission as unknown as Submission,
            official: row.official as unknown as OfficialValue | null,
          },
          query.reader,
        ),
      ];
    });
    return { total, items };
  }
}
