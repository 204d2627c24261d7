import { Query } from '@nestjs/cqrs';
import type { UnitBlock } from '@dti/domain';
import type { UnitView } from '../unit.view';

/** The register now, or (with `period`) as it stood in a quarter. `reader`: whose own writes to wait for. */
export class ListUnitsQuery extends Query<UnitView[]> {
  constructor(
    readonly period?: string,
    readonly block?: UnitBlock,
    readonly reader?: string,
  ) {
    super();
  }
}

export class GetUnitQuery extends Query<UnitView> {
  constructor(
    readonly code: string,
    readonly reader?: string,
  ) {
    super();
  }
}
