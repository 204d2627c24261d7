import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString } from '@dti/domain';
import type { SeriesSubject } from './series-subject';
import type { SeriesResponse } from './series.response';

/** Leadership's series across quarters: a unit, a catalogue group or the province. */
export class GetSeriesQuery extends Query<SeriesResponse> {
  constructor(
    readonly subject: SeriesSubject,
    readonly from: QuarterString,
    readonly to: QuarterString,
    readonly reader: Actor,
  ) {
    super();
  }
}
