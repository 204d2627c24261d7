import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dti/domain';
import type { ReviewQueueResponse } from './review-queue.response';

/** Pending submissions across units, oldest first, optionally of one unit and/or one quarter. */
export class GetReviewQueueQuery extends Query<ReviewQueueResponse> {
  constructor(
    readonly reader: Actor,
    readonly filter: {
      unit?: string;
      period?: string;
      block?: 'department' | 'district';
      group?: string;
      limit?: number;
    },
  ) {
    super();
  }
}
