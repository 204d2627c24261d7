import { Query } from '@nestjs/cqrs';
import type { UnitBlock } from '@dti/domain';
import type { UnitView } from '../unit.view';

/** The register now, or (with `period`) as it stood in a quarter. */
export class ListUnitsQuery extends Query<UnitView[]> {
  constructor(
    readonly period?: string,
    readonly block?: UnitBlock,
  ) {
    super();
  }
}

export class GetUnitQuery extends Query<UnitView> {
  constructor(readonly code: string) {
    super();
  }
}
