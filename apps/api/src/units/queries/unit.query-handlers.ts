import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UNIT_STREAM_PREFIX, UnitNotFoundError, unitsInPeriod, type RegisteredUnit, type UnitState } from '@dti/domain';
import { findUnitStates, type UnitStateRow } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../../command-handling/own-writes';
import { unitAddress } from '../unit-address';
import { registeredUnit, toUnitView, type UnitView } from '../unit.view';
import { GetUnitQuery, ListUnitsQuery } from './unit.queries';

const isUnitStream = (streamId: string): boolean => streamId.startsWith(UNIT_STREAM_PREFIX);

/**
 * The register from the read model's `units` table (each row holds the folded domain state); which units
 * existed in a quarter is the domain's unitsInPeriod. No stream is read on this path.
 */
@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery, UnitView[]> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute({ period, block, reader }: ListUnitsQuery): Promise<UnitView[]> {
    if (reader !== undefined) await this.ownWrites.awaitProjected(reader, isUnitStream);
    const units = unitsOf(await findUnitStates(this.dataSource.manager));
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute({ code: raw, reader }: GetUnitQuery): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    if (reader !== undefined) await this.ownWrites.awaitProjected(reader, (id) => id === streamId);
    const [unit] = unitsOf(await findUnitStates(this.dataSource.manager, [code]));
    if (unit === undefined) throw UnitNotFoundError.because(code);
    return toUnitView(unit);
  }
}

/** The stored states back as the domain's type (the unit projection only stores registered units). */
export function unitsOf(rows: readonly UnitStateRow[]): RegisteredUnit[] {
  return rows.flatMap((row) => registeredUnit(row.state as unknown as UnitState) ?? []);
}

/** Departments first, then districts, each by code: the order unitsInPeriod lists them in. */
function sortByBlockAndCode(units: RegisteredUnit[]): RegisteredUnit[] {
  return [...units].sort((a, b) =>
    a.block === b.block ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : a.block === 'department' ? -1 : 1,
  );
}
