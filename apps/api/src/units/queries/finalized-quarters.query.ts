import type { FinalizedQuartersScope } from '@dti/domain';
import { PublishedReportEntity } from '@dti/read-model';
import type { EntityManager } from 'typeorm';

/**
 * The fact a unit change is decided with: the quarters with a published (finalized) report in the change's
 * scope, from the read model's `published_reports` (a reopened report keeps its published versions: what was
 * published stays published). The read model trails the event store by the projector's lag, so a report
 * finalized in the last moments may not be counted yet.
 */
export async function findFinalizedQuarters(manager: EntityManager, scope: FinalizedQuartersScope): Promise<string[]> {
  const builder = manager.createQueryBuilder(PublishedReportEntity, 'p').select('p.period', 'period').distinct(true);
  if (scope.kind === 'units') {
    if (scope.units.length === 0) return [];
    builder.where('p.unit IN (:...units)', { units: [...scope.units] });
  }
  const rows = await builder.getRawMany<{ period: string }>();
  return rows.map((row) => row.period);
}
