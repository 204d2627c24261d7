import { seedPlanProgress } from '../../scripts/seed/plan-progress.seed';
import { startPlanProjector, type PlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp } from './support';

describe('plan 222 demo progress (seedPlanProgress) read through HTTP', () => {
  let api: ApiTestApp;
  let projector: PlanProjector;

  beforeAll(async () => {
    api = await startApiTestApp();
    projector = await startPlanProjector(api, 'plans-demo-e2e');
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('appends one stream per year, once; the overview and the final evaluation show it', async () => {
    const first = await seedPlanProgress(api.store);
    expect(first.appended).toEqual([
      'plan-tth-222-2021Q4',
      'plan-tth-222-2022Q4',
      'plan-tth-222-2023Q4',
      'plan-tth-222-2024Q4',
      'plan-tth-222-2025Q4',
    ]);
    expect((await seedPlanProgress(api.store)).appended).toEqual([]);
    await projector.settle();
    const leader = await api.as('leader');
    const progress = await leader.get('/plans/tth-222/progress?period=2023-Q4').expect(200);
    expect(progress.body.targets).toMatchObject({ met: 1, behind: 4, on_track: 9 });
    const evaluation = await leader.get('/plans/tth-222/evaluation').expect(200);
    expect(evaluation.body.targets).toMatchObject({ met: 10, notMet: 4, noData: 0 });
    expect(evaluation.body.projects.completed).toBeGreaterThan(30);
    expect(BigInt(evaluation.body.budget.disbursed.total)).toBeGreaterThan(0n);
  });
});
