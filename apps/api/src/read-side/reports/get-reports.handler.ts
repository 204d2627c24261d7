import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findPublishedVersions, UnitReportEntity } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { ReadAccess, unitNameFor } from '../read-access';
import { GetReportsQuery } from './get-reports.query';
import { publishedVersionView } from './published-report.view';
import type { ReportsResponse } from './reports.response';

@QueryHandler(GetReportsQuery)
export class GetReportsHandler implements IQueryHandler<GetReportsQuery, ReportsResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
  ) {}

  async execute(query: GetReportsQuery): Promise<ReportsResponse> {
    const unit = await this.access.unitFor(query.reader, query.unit);
    const where = { unit: unit.code, period: query.period };
    const manager = this.dataSource.manager;
    const versions = await findPublishedVersions(manager, where);
    const current = await manager.findOne(UnitReportEntity, { where });
    return {
      unit: unit.code,
      unitName: unitNameFor(unit, query.period),
      block: unit.block,
      period: query.period,
      current: {
        status: current?.status ?? 'not_opened',
        version: current?.version ?? 0,
        position: current === null ? null : String(current.position),
      },
      versions: versions.map(publishedVersionView),
    };
  }
}
