import { startPlanProjector, type PlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp } from './support';

/** GET /plans/{plan}/reports: how reviewers find the plan reports awaiting review (the web's plan page lists them). */
describe('plan progress reports list', () => {
  let api: ApiTestApp;
  let projector: PlanProjector;

  beforeAll(async () => {
    api = await startApiTestApp();
    projector = await startPlanProjector(api, 'plan-reports-e2e');
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('lists reports newest first, by quarter and state, without their evidence', async () => {
    const stttt = await api.as('sub-stttt');
    const reviewer = await api.as('reviewer');
    const first = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2022-Q2', progress: { numerator: 30, denominator: 100 } })
      .expect(201);
    await reviewer
      .post(`/plans/tth-222/reports/${first.body.reportId}/reject`, { reason: 'Thiếu minh chứng' })
      .expect(200);
    const second = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2022-Q2', progress: { numerator: 35, denominator: 100 } })
      .expect(201);
    await projector.settle();

    const pending = await reviewer.get('/plans/tth-222/reports?status=pending').expect(200);
    expect(pending.body).toEqual([
      expect.objectContaining({
        reportId: second.body.reportId,
        kind: 'target',
        code: '2',
        unit: 'STTTT',
        period: '2022-Q2',
        status: 'pending',
        submittedBy: 'sub-stttt',
        progress: expect.objectContaining({ numerator: '35', denominator: '100' }),
      }),
    ]);
    expect(pending.body[0]).not.toHaveProperty('evidence');
    const quarter = await (await api.as('leader')).get('/plans/tth-222/reports?period=2022-Q2').expect(200);
    expect(quarter.body.map((r: { reportId: string; status: string }) => [r.reportId, r.status])).toEqual([
      [second.body.reportId, 'pending'],
      [first.body.reportId, 'rejected'],
    ]);
    expect(quarter.body[1].reason).toBe('Thiếu minh chứng');
    expect((await reviewer.get('/plans/tth-222/reports?period=2022-Q3').expect(200)).body).toEqual([]);

    const bad = await reviewer.get('/plans/tth-222/reports?status=maybe').expect(400);
    expect(bad.body.errors[0].field).toBe('status');
    await reviewer.get('/plans/tth-999/reports').expect(404);
  });
});
