import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UNIT_STREAM_PREFIX, UnitNotFoundError, unitsInPeriod, type RegisteredUnit } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { unitAddress } from '../unit-address';
import { unitStream } from '../unit-stream';
import { registeredUnit, toUnitView, type UnitView } from '../unit.view';
import { GetUnitQuery, ListUnitsQuery } from './unit.queries';

/**
 * Folds every unit stream (a few dozen) on each call; which units existed in a quarter is the domain's
 * unitsInPeriod. The read model will take this over.
 */
@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery, UnitView[]> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ period, block }: ListUnitsQuery): Promise<UnitView[]> {
    const loaded = await this.streams.loadStreamsByPrefix(UNIT_STREAM_PREFIX, unitStream);
    const units = loaded.flatMap((stream) => registeredUnit(stream.state) ?? []);
    if (period === undefined) {
      return sortByBlockAndCode(units.filter((unit) => block === undefined || unit.block === block)).map((unit) =>
        toUnitView(unit),
      );
    }
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    return unitsInPeriod(units, period, block).flatMap((entry) => {
      const unit = byCode.get(entry.code);
      return unit === undefined ? [] : [toUnitView(unit, entry)];
    });
  }
}

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery, UnitView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ code: raw }: GetUnitQuery): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    const unit = registeredUnit((await this.streams.loadStream(streamId, unitStream)).state);
    if (unit === undefined) throw UnitNotFoundError.because(code);
    return toUnitView(unit);
  }
}

/** Departments first, then districts, each by code: the order unitsInPeriod lists them in. */
function sortByBlockAndCode(units: RegisteredUnit[]): RegisteredUnit[] {
  return [...units].sort((a, b) =>
    a.block === b.block ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.block === 'department' ? -1 : 1,
  );
}
