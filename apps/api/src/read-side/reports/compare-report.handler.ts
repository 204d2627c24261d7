import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { comparePublishedWithCurrent, PublishedReportEntity } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { scoreFigures } from '../display-figures';
import { ReadAccess } from '../read-access';
import { CompareReportQuery } from './compare-report.query';
import { catalogueTitles, reportDifferenceView } from './published-report.view';
import { ReportVersionNotFoundError } from './report-version-not-found.error';
import type { ReportComparisonResponse } from './reports.response';

/** What changed since publication: corrections approved after a report was finalized show here. */
@QueryHandler(CompareReportQuery)
export class CompareReportHandler implements IQueryHandler<CompareReportQuery, ReportComparisonResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
  ) {}

  async execute(query: CompareReportQuery): Promise<ReportComparisonResponse> {
    const unit = (await this.access.unitFor(query.reader, query.unit)).code;
    const { period, version } = query;
    const manager = this.dataSource.manager;
    if (version !== null && !(await manager.exists(PublishedReportEntity, { where: { unit, period, version } }))) {
      throw new ReportVersionNotFoundError({ unit, period, version });
    }
    const comparison = await comparePublishedWithCurrent(manager, { unit, period, version: version ?? undefined });
    if (comparison === null) {
      return { unit, period, published: null, current: null, changed: false, differences: [] };
    }
    const { published, current, differences } = comparison;
    const titleOf = catalogueTitles(published.catalogueId);
    return {
      unit,
      period,
      published: {
        version: published.version,
        finalizedBy: published.finalizedBy,
        finalizedAt: new Date(published.finalizedAt).toISOString(),
        position: String(published.position),
        total: scoreFigures(published),
      },
      current: {
        status: current.status,
        version: current.version,
        position: String(current.position),
        total: scoreFigures(current),
      },
      changed: differences.length > 0,
      differences: differences.map((difference) => reportDifferenceView(titleOf, difference)),
    };
  }
}
