import { setTimeout as sleep } from 'node:timers/promises';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

interface QueueItem {
  unit: string;
  period: string;
  criterion: string;
  criterionTitle: string;
  reviewable: boolean;
  submission: { submissionId: string; submittedBy: string; status: string; corrects: string | null };
  official: { submissionId: string; points: { exact: string } | null } | null;
}

describe('GET /review-queue (real app, PostgreSQL event store, Redis)', () => {
  let api: ApiTestApp;
  let reviewer: HttpClient;
  const ids: Record<string, string> = {};

  async function submit(username: string, unit: string, period: string, criterion: string, body: object) {
    const client = await api.as(username);
    const response = await client.post(`/assessments/${unit}/${period}/criteria/${criterion}/submissions`, body);
    expect(response.status).toBe(201);
    // Submission times are the queue's order: keep them apart.
    await sleep(5);
    return response.body.submissionId as string;
  }

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    reviewer = await api.as('reviewer');
    ids.sttttQ1 = await submit('sub-stttt', 'STTTT', '2021-Q1', '7.1.1', { inputs: { a: 100, b: 5 } });
    ids.snvQ1 = await submit('sub-snv', 'SNV', '2021-Q1', '7.1.1', { inputs: { a: 80, b: 8 } });
    ids.hueQ2 = await submit('sub-hue', 'HUE', '2021-Q2', '7.1.2', { inputs: { a: 10, b: 7 } });
    ids.sttttQ2 = await submit('sub-stttt', 'STTTT', '2021-Q2', '7.1.1', { inputs: { a: 100, b: 6 } });
    // Replaces the STTTT 2021-Q1 submission before review: only the newer one is queued.
    ids.sttttQ1b = await submit('sub-stttt', 'STTTT', '2021-Q1', '7.1.1', { inputs: { a: 100, b: 7 } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const idsOf = (items: QueueItem[]) => items.map((item) => item.submission.submissionId);

  it('lists the pending submissions of every unit, oldest first, only the latest of each criterion', async () => {
    const response = await reviewer.get('/review-queue').expect(200);
    expect(response.body.total).toBe(4);
    expect(idsOf(response.body.items)).toEqual([ids.snvQ1, ids.hueQ2, ids.sttttQ2, ids.sttttQ1b]);
    expect(response.body.items[0]).toMatchObject({
      unit: 'SNV',
      period: '2021-Q1',
      criterion: '7.1.1',
      criterionTitle: 'Tỷ lệ cán bộ chuyên trách CNTT',
      reviewable: true,
      official: null,
      submission: { submittedBy: 'sub-snv', status: 'pending', inputs: { a: 80, b: 8 } },
    });
  });

  it('filters by unit, by period, and by both; limits the page', async () => {
    const stttt = await reviewer.get('/review-queue?unit=STTTT').expect(200);
    expect(idsOf(stttt.body.items)).toEqual([ids.sttttQ2, ids.sttttQ1b]);
    const q1 = await reviewer.get('/review-queue?period=2021-Q1').expect(200);
    expect(idsOf(q1.body.items)).toEqual([ids.snvQ1, ids.sttttQ1b]);
    const both = await reviewer.get('/review-queue?unit=HUE&period=2021-Q2').expect(200);
    expect(idsOf(both.body.items)).toEqual([ids.hueQ2]);
    const none = await reviewer.get('/review-queue?unit=SKHDT&period=2021-Q2').expect(200);
    expect(none.body).toEqual({ total: 0, items: [] });
    const page = await reviewer.get('/review-queue?limit=2').expect(200);
    expect(page.body.total).toBe(4);
    expect(idsOf(page.body.items)).toEqual([ids.snvQ1, ids.hueQ2]);
  });

  it('filters by block and by criteria group; each item names its group and the difference', async () => {
    const districts = await reviewer.get('/review-queue?block=district').expect(200);
    expect(idsOf(districts.body.items)).toEqual([ids.hueQ2]);
    const departments = await reviewer.get('/review-queue?block=department&group=7').expect(200);
    expect(idsOf(departments.body.items)).toEqual([ids.snvQ1, ids.sttttQ2, ids.sttttQ1b]);
    expect((await reviewer.get('/review-queue?group=1').expect(200)).body).toEqual({ total: 0, items: [] });
    expect(departments.body.items[0]).toMatchObject({
      group: { code: '7', title: 'Đào tạo và nguồn nhân lực cho Chính quyền số' },
      difference: { exact: '4', display: '4.00' },
    });
    expect((await reviewer.get('/review-queue?limit=5000').expect(200)).body.total).toBe(4);
  });

  it('drops reviewed submissions and shows what a pending correction would replace', async () => {
    await reviewer.post(`/assessments/HUE/2021-Q2/submissions/${ids.hueQ2}/approve`, {}).expect(200);
    const correction = await (
      await api.as('sub-hue')
    )
      .post('/assessments/HUE/2021-Q2/criteria/7.1.2/submissions', {
        inputs: { a: 10, b: 10 },
        corrects: ids.hueQ2,
        reason: 'Thêm một cán bộ có bằng đại học CNTT',
      })
      .expect(201);
    const response = await reviewer.get('/review-queue?unit=HUE').expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        submission: expect.objectContaining({ submissionId: correction.body.submissionId, corrects: ids.hueQ2 }),
        official: { submissionId: ids.hueQ2, kind: 'figures', points: { exact: '21/8', display: '2.63' } },
        difference: expect.objectContaining({ exact: expect.any(String) }),
      }),
    ]);
  });

  it('is for reviewers and lead reviewers only', async () => {
    await (await api.as('lead')).get('/review-queue').expect(200);
    for (const username of ['sub-stttt', 'inspector', 'leader', 'admin']) {
      const response = await (await api.as(username)).get('/review-queue').expect(403);
      expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
    }
    await api.anonymous.get('/review-queue').expect(401);
  });

  it('refuses malformed filters', async () => {
    // Malformed filters: 400 naming the field, as on every route (issue #11).
    expect((await reviewer.get('/review-queue?period=2021-Q7').expect(400)).body.errors[0]).toMatchObject({
      field: 'period',
      code: 'INVALID_PERIOD',
    });
    expect((await reviewer.get('/review-queue?unit=stttt').expect(400)).body.errors[0]).toMatchObject({
      field: 'unit',
      code: 'INVALID_UNIT_CODE',
    });
    expect((await reviewer.get('/review-queue?limit=0').expect(400)).body.code).toBe('VALIDATION_FAILED');
    await reviewer.get('/review-queue?limit=5001').expect(400);
    await reviewer.get('/review-queue?block=province').expect(400);
    await reviewer.get('/review-queue?group=7%0A').expect(400);
    await reviewer.get('/review-queue?status=pending').expect(400);
  });
});
