import type { PlanReport } from '@dti/domain';
import type { EntityManager } from 'typeorm';
import { PlanReportEntity } from './plan-report.entity';
import { planReportOf } from './plan-projection';

/** Every projected report of a plan, oldest quarter first (the input of the domain's plan projections). */
export async function planReportsOf(manager: EntityManager, plan: string): Promise<PlanReport[]> {
  const rows = await manager.getRepository(PlanReportEntity).find({
    where: { plan },
    order: { periodIndex: 'ASC', submittedAt: 'ASC' },
  });
  return rows.map(planReportOf);
}
