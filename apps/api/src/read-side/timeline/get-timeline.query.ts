import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { TimelineBoundInput } from '../read-inputs';
import type { TimelineResponse } from './timeline.response';

/** One page (newest first) of the changes to a unit's reports between two bounds, optionally with the net difference. */
export class GetTimelineQuery extends Query<TimelineResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly filter: {
      from: TimelineBoundInput | null;
      to: TimelineBoundInput | null;
      period: QuarterString | null;
      criterion: string | null;
      actor: string | null;
      occurredFrom: Date | null;
      occurredTo: Date | null;
      limit: number;
      /** The global position the page starts before (from the cursor); null: the newest. */
      before: string | null;
      net: boolean;
    },
    readonly reader: Actor,
  ) {
    super();
  }
}
