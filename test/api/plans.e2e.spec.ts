import { startPlanProjector, type PlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/** Plan 222 progress through HTTP: real app, PostgreSQL event store, Redis, and the real projector for the reads. */
describe('plans (Kế hoạch 222): progress reports, review, overview', () => {
  let api: ApiTestApp;
  let stttt: HttpClient;
  let reviewer: HttpClient;
  let projector: PlanProjector;

  const planStreams = () => api.store.listStreams('plan-tth-222-');
  async function eventsOf(streamId: string): Promise<string[]> {
    const types: string[] = [];
    for await (const event of api.store.readStream(streamId)) types.push(event.type);
    return types;
  }

  beforeAll(async () => {
    api = await startApiTestApp();
    projector = await startPlanProjector(api, 'plans-e2e');
    stttt = await api.as('sub-stttt');
    reviewer = await api.as('reviewer');
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('lists the plan with its counts and budget totals (exact đồng)', async () => {
    const leader = await api.as('leader');
    const list = await leader.get('/plans').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: 'tth-222',
        counts: expect.objectContaining({ targets: 14, tasks: 28, projects: 56 }),
        budget: { provincial: '554500000000', other: '2177500000000', total: '2732000000000' },
      }),
    ]);
    const one = await leader.get('/plans/TTH-222').expect(200);
    expect(one.body.errata.length).toBeGreaterThan(10);
    const missing = await leader.get('/plans/tth-999').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.code).toBe('PLAN_NOT_FOUND');
  });

  it('report → reject → report → approve: the projection shows the approved value', async () => {
    const body = {
      period: '2021-Q4',
      progress: { numerator: 40, denominator: 100 },
      evidence: [
        {
          documentNumber: '15/BC-STTTT',
          documentDate: '2022-01-10',
          signer: 'Nguyễn Văn Hùng',
          url: 'https://example.gov.vn/15.pdf',
        },
      ],
    };
    const first = await stttt
      .post('/plans/tth-222/targets/2/reports', body)
      .set('Idempotency-Key', 'plan-t2-q4')
      .expect(201);
    expect(first.body).toMatchObject({ reportId: '2021-Q4:target:2:1', status: 'pending' });
    // A retry with the same key answers the first result and stores nothing twice.
    const retry = await stttt
      .post('/plans/tth-222/targets/2/reports', body)
      .set('Idempotency-Key', 'plan-t2-q4')
      .expect(201);
    expect(retry.body.reportId).toBe(first.body.reportId);
    expect(await eventsOf('plan-tth-222-2021Q4')).toEqual(['PlanProgressReported']);
    // A second report while one awaits review is refused.
    expect((await stttt.post('/plans/tth-222/targets/2/reports', body).expect(409)).body.code).toBe(
      'PLAN_REPORT_PENDING',
    );

    const reject = await reviewer
      .post(`/plans/tth-222/reports/${first.body.reportId}/reject`, { reason: 'Thiếu số liệu mẫu số' })
      .expect(200);
    expect(reject.body.status).toBe('rejected');
    await projector.settle();
    expect((await stttt.get('/plans/tth-222/targets').expect(200)).body[1].latest).toBeNull();

    const second = await stttt
      .post('/plans/tth-222/targets/2/reports', { ...body, progress: { numerator: '45.5', denominator: 100 } })
      .expect(201);
    expect(second.body.reportId).toBe('2021-Q4:target:2:2');
    // The submitter's role may not review; the reviewer approves.
    await stttt.post(`/plans/tth-222/reports/${second.body.reportId}/approve`, {}).expect(403);
    const approved = await reviewer.post(`/plans/tth-222/reports/${second.body.reportId}/approve`, {}).expect(200);
    expect(approved.body.status).toBe('approved');
    const again = await (await api.as('reviewer2')).post(`/plans/tth-222/reports/${second.body.reportId}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_REVIEWED');
    await projector.settle();

    const targets = await (await api.as('leader')).get('/plans/tth-222/targets?period=2021-Q4').expect(200);
    const target2 = targets.body.find((t: { code: string }) => t.code === '2');
    expect(target2).toMatchObject({
      latest: { period: '2021-Q4', percent: { value: 45.5, exact: '91/2' }, reportId: '2021-Q4:target:2:2' },
      targetPercent: { exact: '100' },
      // One value: the trend runs from 0 % at the plan's first quarter (2020-Q4) through 45.5 % a year later.
      projectedAtEnd: { exact: '455/2' },
      status: 'on_track',
      statusLabel: 'Đúng tiến độ',
    });
    const progress = await reviewer.get('/plans/tth-222/progress?period=2021-Q4').expect(200);
    expect(progress.body.targets).toMatchObject({ on_track: 1, no_data: 13 });
    const evaluation = await reviewer.get('/plans/tth-222/evaluation').expect(200);
    expect(evaluation.body.targets).toMatchObject({ met: 0, notMet: 1, noData: 13 });
  });

  it('projects: a lead reports phase and disbursement; approved, the budget shows it by source', async () => {
    const report = await stttt
      .post('/plans/tth-222/projects/A.I.1/reports', {
        period: '2022-Q2',
        progress: {
          phase: 'completed',
          physicalPercent: 100,
          disbursed: { provincial: 4000000000, other: '18000000000' },
        },
      })
      .expect(201);
    await reviewer.post(`/plans/tth-222/reports/${report.body.reportId}/approve`, { note: 'Đúng hồ sơ' }).expect(200);
    await projector.settle();
    const progress = await reviewer.get('/plans/tth-222/progress').expect(200);
    expect(progress.body.projectsByPhase).toMatchObject({ completed: 1, not_reported: 55 });
    expect(progress.body.budget.province).toEqual({
      planned: { provincial: '554500000000', other: '2177500000000', total: '2732000000000' },
      disbursed: { provincial: '4000000000', other: '18000000000', total: '22000000000' },
    });
    const projects = await reviewer.get('/plans/tth-222/projects').expect(200);
    expect(projects.body.find((p: { code: string }) => p.code === 'A.I.1')).toMatchObject({
      phase: 'completed',
      completed: true,
    });
  });

  it('refuses a non-lead agency (403 NOT_PLAN_LEAD) and stores nothing', async () => {
    const before = await planStreams();
    const snv = await api.as('sub-snv');
    const refused = await snv
      .post('/plans/tth-222/targets/2/reports', { period: '2023-Q1', progress: { numerator: 1, denominator: 2 } })
      .expect(403);
    expect(refused.body.code).toBe('NOT_PLAN_LEAD');
    expect(await planStreams()).toEqual(before);
  });

  it('refuses an unknown code (404) and bad input (400/422), storing nothing', async () => {
    const before = await planStreams();
    const unknown = await stttt
      .post('/plans/tth-222/projects/Z.9/reports', { period: '2023-Q2', progress: { phase: 'completed' } })
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.code).toBe('PLAN_ITEM_NOT_FOUND');
    const badPeriod = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2023-13', progress: { numerator: 1, denominator: 2 } })
      .expect(400);
    expect(JSON.stringify(badPeriod.body.errors)).toMatch(/period/);
    const tooMuch = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2023-Q2', progress: { numerator: 3, denominator: 2 } })
      .expect(422);
    // Named at its field, as the assessments' refusals are: errors[] with the field and the domain's code.
    expect(tooMuch.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tooMuch.body.code).toBe('INVALID_COMMAND');
    expect(tooMuch.body.errors).toEqual([
      expect.objectContaining({ field: 'progress.numerator', code: 'INVALID_COMMAND' }),
    ]);
    const noDate = await stttt
      .post('/plans/tth-222/tasks/I.1/reports', {
        period: '2023-Q2',
        progress: { status: 'issued', documentNumber: '12/NQ-TU' },
      })
      .expect(422);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ field: 'progress.issuedOn' })]);
    const badEvidence = await stttt
      .post('/plans/tth-222/targets/2/reports', {
        period: '2023-Q2',
        progress: { numerator: 1, denominator: 2 },
        evidence: [{ documentNumber: '1/BC', documentDate: '2023-04-02', signer: 'Nguyễn Văn A' }],
      })
      .expect(422);
    expect(badEvidence.body).toMatchObject({
      code: 'INVALID_EVIDENCE',
      errors: [expect.objectContaining({ field: 'evidence.0.url', code: 'INVALID_EVIDENCE' })],
    });
    const huge = await stttt
      .post('/plans/tth-222/projects/A.I.1/reports', {
        period: '2023-Q2',
        progress: { phase: 'in_progress', physicalPercent: 10, disbursed: { provincial: 2 ** 60, other: 0 } },
      })
      .expect(400);
    expect(JSON.stringify(huge.body)).toMatch(/provincial/);
    const outside = await stttt
      .post('/plans/tth-222/targets/2/reports', { period: '2027-Q1', progress: { numerator: 1, denominator: 2 } })
      .expect(422);
    expect(outside.body.code).toBe('PLAN_PERIOD_OUT_OF_RANGE');
    // Hostile text: a control character, a lone surrogate (raw JSON), refused at the edge naming the field.
    const control = await stttt
      .post('/plans/tth-222/tasks/I.1/reports', {
        period: '2023-Q2',
        progress: { status: 'issued', documentNumber: '12/NQ-TU\u0007', issuedOn: '2023-05-02' },
      })
      .expect(400);
    expect(JSON.stringify(control.body)).toMatch(/documentNumber/);
    const surrogate = await stttt
      .post('/plans/tth-222/tasks/I.1/reports')
      .set('Content-Type', 'application/json')
      .send('{"period":"2023-Q2","progress":{"status":"issued","documentNumber":"\\ud800","issuedOn":"2023-05-02"}}')
      .expect(400);
    expect(JSON.stringify(surrogate.body)).toMatch(/documentNumber/);
    const badQuery = await reviewer.get('/plans/tth-222/progress?period=soon').expect(400);
    expect(JSON.stringify(badQuery.body.errors)).toMatch(/period/);
    expect(await planStreams()).toEqual(before);
  });
});
