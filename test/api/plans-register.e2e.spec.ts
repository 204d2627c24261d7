import { startPlanProjector, type PlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * Plan leads against the register in force: the plan names Sở Thông tin và Truyền thông as target 2's lead; once that
 * department is merged into Sở Khoa học và Công nghệ (as Vietnam merged departments in 2025), the successor reports
 * the row from the merger's quarter on, and the merged department only for the quarters it still existed in.
 */
describe('plans: who reports a row follows the unit register of the report’s quarter', () => {
  let api: ApiTestApp;
  let projector: PlanProjector;

  beforeAll(async () => {
    api = await startApiTestApp();
    projector = await startPlanProjector(api, 'plans-register-e2e');
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('a merged lead’s successor reports its rows; the merged unit reports only the quarters it existed in', async () => {
    const admin = await api.as('admin');
    await admin
      .post('/units/STTTT/merge', {
        into: 'SKHCN',
        effectiveOn: '2025-03-01',
        legalBasis: 'Nghị quyết hợp nhất (giả định cho kiểm thử)',
      })
      .expect(200);
    await projector.settle();
    const stttt = await api.as('sub-stttt');
    const skhcn = await api.as('sub-skhcn');
    const progress = { numerator: 95, denominator: 100 };

    const successor = await skhcn.post('/plans/tth-222/targets/2/reports', { period: '2025-Q2', progress }).expect(201);
    expect(successor.body.reportId).toBe('2025-Q2:target:2:1');
    const merged = await stttt.post('/plans/tth-222/targets/2/reports', { period: '2025-Q3', progress }).expect(403);
    expect(merged.body.code).toBe('NOT_PLAN_LEAD');
    // 2025-Q1: Sở TT&TT still existed (merged from 1 March), so it reports that quarter, and its successor does not.
    await stttt.post('/plans/tth-222/targets/2/reports', { period: '2025-Q1', progress }).expect(201);
    await skhcn.post('/plans/tth-222/targets/3/reports', { period: '2025-Q1', progress }).expect(403);
    // A row of "Các sở, ban, ngành" is the departments of that quarter: no longer Sở TT&TT.
    await stttt
      .post('/plans/tth-222/projects/A.III.1/reports', {
        period: '2025-Q2',
        progress: { phase: 'in_progress', physicalPercent: 10, disbursed: { provincial: 0, other: 0 } },
      })
      .expect(403);
    await projector.settle();
    const reports = await (await api.as('reviewer')).get('/plans/tth-222/reports?period=2025-Q2').expect(200);
    expect(reports.body).toEqual([expect.objectContaining({ code: '2', unit: 'SKHCN' })]);
    // The rows say who reports them in the quarter shown (the web offers the report form to them).
    const leader = await api.as('leader');
    const reportersOf = async (path: string, code: string) =>
      ((await leader.get(path).expect(200)).body as Array<{ code: string; reporters: string[] }>).find(
        (row) => row.code === code,
      )?.reporters;
    expect(await reportersOf('/plans/tth-222/targets?period=2024-Q4', '2')).toEqual(['STTTT']);
    expect(await reportersOf('/plans/tth-222/targets?period=2025-Q2', '2')).toEqual(['SKHCN']);
    expect(await reportersOf('/plans/tth-222/projects?period=2025-Q2', 'C.4')).toEqual(['SKHCN']);
    const departments = await reportersOf('/plans/tth-222/tasks?period=2025-Q2', 'I.11');
    expect(departments).toContain('SKHCN');
    expect(departments).not.toContain('STTTT');
  });
});
