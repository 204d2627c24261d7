import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { TimelineBoundInput } from '../read-inputs';
import type { TimelineResponse } from './timeline.response';

/** Every change to a unit's reports between two bounds, with the net difference per criterion. */
export class GetTimelineQuery extends Query<TimelineResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly filter: {
      from: TimelineBoundInput | null;
      to: TimelineBoundInput | null;
      period: QuarterString | null;
      criterion: string | null;
      limit: number;
    },
    readonly reader: Actor,
  ) {
    super();
  }
}
