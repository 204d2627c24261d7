import { startPlanProjector, type PlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * GET /plans/{plan}/reports (the plan page's lists) and GET /plans/{plan}/review-queue (the reviewers' queue, where plan
 * reports stand beside the criteria submissions).
 */
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

  it('the reviewers’ queue of plan reports: the row, its figures, the earlier refusal, filters as the criteria queue', async () => {
    const stttt = await api.as('sub-stttt');
    const sgtvt = await api.as('sub-sgtvt');
    const reviewer = await api.as('reviewer');
    const first = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2022-Q3', progress: { numerator: 40, denominator: 100 } })
      .expect(201);
    await reviewer
      .post(`/plans/tth-222/reports/${first.body.reportId}/reject`, { reason: 'Mẫu số chưa đúng' })
      .expect(200);
    const again = await stttt
      .post('/plans/tth-222/targets/2/reports', {
        period: '2022-Q3',
        progress: { numerator: 45, denominator: 100 },
        evidence: [
          { documentNumber: '20/BC-STTTT', documentDate: '2022-09-20', signer: 'Lê Văn B', url: 'https://x.vn/20.pdf' },
        ],
      })
      .expect(201);
    const project = await sgtvt
      .post('/plans/tth-222/projects/E.6/reports', {
        period: '2022-Q3',
        progress: { phase: 'in_progress', physicalPercent: 30, disbursed: { provincial: '2000000000', other: 0 } },
      })
      .expect(201);
    await projector.settle();

    const queue = await reviewer.get('/plans/tth-222/review-queue?period=2022-Q3').expect(200);
    expect(queue.body.total).toBe(2);
    const [target, e6] = queue.body.items;
    expect(target).toMatchObject({
      reportId: again.body.reportId,
      kind: 'target',
      code: '2',
      title: '100% dịch vụ công trực tuyến mức độ 3,4 trên môi trường mạng',
      titleEn: 'All public services online at level 3 or 4',
      unit: 'STTTT',
      unitName: 'Sở Thông tin và Truyền thông',
      block: 'department',
      progress: { numerator: '45', denominator: '100' },
      percent: { value: 45, exact: '45' },
      targetPercent: { value: 100 },
      evidence: [expect.objectContaining({ documentNumber: '20/BC-STTTT' })],
      submittedBy: 'sub-stttt',
      reviewable: true,
    });
    expect(target.earlier).toEqual([
      expect.objectContaining({ reportId: first.body.reportId, status: 'rejected', reason: 'Mẫu số chưa đúng' }),
    ]);
    expect(e6).toMatchObject({
      reportId: project.body.reportId,
      kind: 'project',
      lead: { units: ['SGTVT'] },
      budget: { provincial: '10000000000', other: '50000000000', total: '60000000000' },
      titleEn: expect.stringMatching(/traffic/),
    });

    const byUnit = await reviewer.get('/plans/tth-222/review-queue?unit=SGTVT').expect(200);
    expect(byUnit.body.items.map((i: { code: string }) => i.code)).toEqual(['E.6']);
    expect((await reviewer.get('/plans/tth-222/review-queue?block=district').expect(200)).body.total).toBe(0);
    const targets = await reviewer
      .get('/plans/tth-222/review-queue?kind=target&block=department&period=2022-Q3')
      .expect(200);
    expect(targets.body.items.map((i: { code: string }) => i.code)).toEqual(['2']);
    // Reviewers only, as the criteria queue; bad filters name their field.
    await sgtvt.get('/plans/tth-222/review-queue').expect(403);
    const bad = await reviewer.get('/plans/tth-222/review-queue?kind=criterion').expect(400);
    expect(bad.body.errors[0].field).toBe('kind');
    await reviewer.get('/plans/tth-999/review-queue').expect(404);
    // Approved, it leaves the queue.
    await reviewer.post(`/plans/tth-222/reports/${again.body.reportId}/approve`, {}).expect(200);
    await projector.settle();
    const after = await reviewer.get('/plans/tth-222/review-queue?period=2022-Q3').expect(200);
    expect(after.body.items.map((i: { code: string }) => i.code)).toEqual(['E.6']);
  });

  it('rows carry their English alongside the Vietnamese, and the seed’s text where the scan lost letters', async () => {
    const leader = await api.as('leader');
    const tasks = await leader.get('/plans/tth-222/tasks').expect(200);
    expect(tasks.body.find((t: { code: string }) => t.code === 'I.3')).toMatchObject({
      task: 'Chương trình chuyển đổi số',
      taskEn: 'Digital-transformation programme',
      seedText: 'Chương trình chuyển đổi s',
    });
    const projects = await leader.get('/plans/tth-222/projects').expect(200);
    expect(projects.body.every((p: { titleEn: string | null }) => typeof p.titleEn === 'string')).toBe(true);
    expect(projects.body.find((p: { code: string }) => p.code === 'A.I.1').seedText).toBeNull();
    const targets = await leader.get('/plans/tth-222/targets').expect(200);
    expect(targets.body[1].contentEn).toBe('All public services online at level 3 or 4');
    const evaluation = await leader.get('/plans/tth-222/evaluation').expect(200);
    expect(evaluation.body.tasks.notDone[0].taskEn).toEqual(expect.any(String));
  });

  it('a reviewer who refuses a plan report does not see it again in the queue: the read waits for their own review', async () => {
    const stttt = await api.as('sub-stttt');
    const reviewer = await api.as('reviewer');
    const sent = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2023-Q1', progress: { numerator: 50, denominator: 100 } })
      .expect(201);
    await projector.settle();
    const queued = await reviewer.get('/plans/tth-222/review-queue?period=2023-Q1&unit=STTTT').expect(200);
    expect(queued.body.items.map((item: { reportId: string }) => item.reportId)).toContain(sent.body.reportId);

    // No settle(): the queue is read straight after the refusal, as the review page does.
    await reviewer.post(`/plans/tth-222/reports/${sent.body.reportId}/reject`, { reason: 'Thiếu minh chứng' }).expect(200);
    const after = await reviewer.get('/plans/tth-222/review-queue?period=2023-Q1&unit=STTTT').expect(200);
    expect(after.body.items.map((item: { reportId: string }) => item.reportId)).not.toContain(sent.body.reportId);
    const listed = await reviewer.get('/plans/tth-222/reports?period=2023-Q1').expect(200);
    expect(listed.body.find((r: { reportId: string }) => r.reportId === sent.body.reportId)?.status).toBe('rejected');
  });
});
