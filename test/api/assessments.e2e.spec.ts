import { assessmentStreamId } from '@dti/domain';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * The life of a criterion through HTTP, against the real app, PostgreSQL event store and Redis:
 * submit → reject → resubmit → approve → correct (the approved value stays official) → approve;
 * not applicable; finalize → refused → reopen (lead only) → accepted again.
 */
const PROBLEM = /application\/problem\+json/;
const UNIT = 'STTTT';

const evidence = [
  {
    documentNumber: '15/BC-STTTT',
    documentDate: '2021-03-25',
    signer: 'Nguyễn Văn Hùng',
    url: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
  },
];

const base = (period: string, unit = UNIT) => `/assessments/${unit}/${period}`;
const submissions = (period: string, criterion: string, unit = UNIT) =>
  `${base(period, unit)}/criteria/${criterion}/submissions`;
const review = (period: string, submissionId: string, action: 'approve' | 'reject' | 'withdraw', unit = UNIT) =>
  `${base(period, unit)}/submissions/${submissionId}/${action}`;

interface CriterionView {
  code: string;
  status: string;
  points: { exact: string; display: string };
  applicableMax: { exact: string };
  max: { exact: string };
  notApplicable: boolean;
  official: {
    submissionId: string;
    inputs: Record<string, unknown> | null;
    notApplicableReason: string | null;
  } | null;
  pending: { submissionId: string; corrects: string | null } | null;
  submissions: Array<{ submissionId: string; status: string }>;
  history: Array<{ action: string; submissionId: string; actor: string; reason: string | null }>;
  historyTotal: number;
  historyCursor: string | null;
  submissionsTotal: number;
}

describe('assessment workflow over HTTP: the life of a criterion', () => {
  let api: ApiTestApp;
  let submitter: HttpClient;
  let reviewer: HttpClient;
  let lead: HttpClient;
  let inspector: HttpClient;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    submitter = await api.as('sub-stttt');
    reviewer = await api.as('reviewer');
    lead = await api.as('lead');
    inspector = await api.as('inspector');
  });

  afterAll(async () => {
    await api?.close();
  });

  async function criterion(period: string, code: string, reader: HttpClient = inspector): Promise<CriterionView> {
    const response = await reader.get(base(period)).expect(200);
    const found = (response.body.criteria as CriterionView[]).find((c) => c.code === code);
    if (found === undefined) throw new Error(`criterion ${code} not in the view`);
    return found;
  }

  it('submit → reject → resubmit → approve → correct (approved value stays official) → approve', async () => {
    const period = '2021-Q1';
    const first = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 300, b: 24 }, evidence })
      .expect(201);
    expect(first.body).toMatchObject({
      unit: UNIT,
      period,
      criterion: '7.1.1',
      status: 'pending',
      submissionId: expect.stringMatching(/^sub-/),
      events: ['AssessmentOpened', 'CriterionSubmitted'],
      revision: '1',
    });
    expect((await criterion(period, '7.1.1')).pending?.submissionId).toBe(first.body.submissionId);

    const rejected = await reviewer
      .post(review(period, first.body.submissionId, 'reject'), { reason: 'Thiếu văn bản chứng minh số liệu b' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', events: ['SubmissionRejected'], criterion: '7.1.1' });
    let view = await criterion(period, '7.1.1');
    expect(view.pending).toBeNull();
    expect(view.official).toBeNull();
    expect(view.status).toBe('not-reported');

    const second = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 300, b: 24 }, evidence })
      .expect(201);
    await reviewer.post(review(period, second.body.submissionId, 'approve'), { note: 'Đầy đủ' }).expect(200);
    view = await criterion(period, '7.1.1');
    expect(view).toMatchObject({
      status: 'scored',
      points: { exact: '16/5', display: '3.20' },
      max: { exact: '4' },
      official: { submissionId: second.body.submissionId, inputs: { a: 300, b: 24 } },
      pending: null,
    });
    // Issue #12: the engine's explanation comes with the scorecard, not in every GET /assessments.
    expect(view).not.toHaveProperty('score');
    const card = await inspector.get(`/scorecards/${UNIT}/${period}`).expect(200);
    const line = (card.body.criteria as Array<{ code: string; explanation: { vi: string } | null }>).find(
      (c) => c.code === '7.1.1',
    );
    expect(line?.explanation?.vi).toContain('8');

    // Once approved, a new value must say what it corrects and why.
    const uncorrected = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 300, b: 30 }, evidence })
      .expect(409)
      .expect('Content-Type', PROBLEM);
    expect(uncorrected.body.code).toBe('CORRECTION_REQUIRED');
    const correctionWithoutReason = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 300, b: 30 }, corrects: second.body.submissionId })
      .expect(422);
    expect(correctionWithoutReason.body.code).toBe('INVALID_COMMAND');

    const correction = await submitter
      .post(submissions(period, '7.1.1'), {
        inputs: { a: 300, b: 30 },
        evidence,
        corrects: second.body.submissionId,
        reason: 'Bổ sung 6 cán bộ chuyên trách được tuyển trong quý',
      })
      .expect(201);
    expect(correction.body.events).toEqual(['CorrectionSubmitted']);

    // The approved value stays official until the correction is approved.
    view = await criterion(period, '7.1.1');
    expect(view.points.exact).toBe('16/5');
    expect(view.official?.submissionId).toBe(second.body.submissionId);
    expect(view.pending).toMatchObject({
      submissionId: correction.body.submissionId,
      corrects: second.body.submissionId,
    });
    const before = await inspector.get(base(period)).expect(200);
    expect(before.body.totals.points.exact).toBe('16/5');

    await lead.post(review(period, correction.body.submissionId, 'approve'), {}).expect(200);
    view = await criterion(period, '7.1.1');
    expect(view.points).toEqual({ exact: '4', display: '4.00' });
    expect(view.official?.submissionId).toBe(correction.body.submissionId);
    // The view carries the latest submission and 3 entries (issue #12); the older ones are a page away. The
    // latest is the official value's, shown as `official`: not repeated.
    expect(view.submissions).toEqual([]);
    expect(view.history.map((h) => h.action)).toEqual(['approved', 'correction_submitted', 'approved']);
    expect(view).toMatchObject({ historyTotal: 6, historyCursor: '3', submissionsTotal: 3 });
    const older = await inspector.get(`${base(period)}/criteria/7.1.1/history?before=3`).expect(200);
    expect(older.body.history.map((h: { action: string }) => h.action)).toEqual(['submitted', 'rejected', 'submitted']);
    expect(older.body.history[1]).toMatchObject({ actor: 'reviewer', reason: 'Thiếu văn bản chứng minh số liệu b' });
    expect(older.body.submissions.map((s: { status: string }) => s.status)).toEqual(['rejected', 'approved']);
    expect(older.body.nextCursor).toBeNull();
    const after = await inspector.get(base(period)).expect(200);
    expect(after.body.totals.points.exact).toBe('4');
    expect(after.body.report).toMatchObject({ status: 'open', version: 0 });
  });

  it('a criterion declared not applicable, once approved, leaves the applicable maximum', async () => {
    const period = '2021-Q2';
    const empty = await inspector.get(base(period)).expect(200);
    expect(empty.body.report.status).toBe('not_opened');
    const maxBefore = empty.body.totals.applicableMax.exact as string;

    const declared = await submitter
      .post(`${base(period)}/criteria/7.1.2/not-applicable`, { reason: 'Đơn vị không có cán bộ chuyên trách CNTT' })
      .expect(201);
    expect(declared.body).toMatchObject({
      submissionId: expect.any(String),
      events: ['AssessmentOpened', 'NotApplicableDeclared'],
    });
    // Declared but not reviewed: it still counts in full.
    const pending = await inspector.get(base(period)).expect(200);
    expect(pending.body.totals.applicableMax.exact).toBe(maxBefore);

    await reviewer.post(review(period, declared.body.submissionId, 'approve'), {}).expect(200);
    const view = await criterion(period, '7.1.2');
    expect(view).toMatchObject({
      status: 'not-applicable',
      notApplicable: true,
      official: { notApplicableReason: 'Đơn vị không có cán bộ chuyên trách CNTT' },
      applicableMax: { exact: '0' },
      points: { exact: '0' },
    });
    const after = await inspector.get(base(period)).expect(200);
    expect(Number(after.body.totals.applicableMax.exact)).toBe(Number(maxBefore) - 3);
    expect(after.body.totals.counts['not-applicable']).toBe(1);
  });

  it('finalize → submissions refused (409) → reopen by a lead reviewer only → submissions accepted', async () => {
    const period = '2021-Q3';
    const submitted = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 200, b: 20 }, evidence })
      .expect(201);
    const early = await reviewer.post(`${base(period)}/finalize`).expect(409);
    expect(early.body).toMatchObject({ code: 'PENDING_SUBMISSIONS_REMAIN', details: { criteria: ['7.1.1'] } });
    await reviewer.post(review(period, submitted.body.submissionId, 'approve'), {}).expect(200);

    const finalized = await reviewer.post(`${base(period)}/finalize`).expect(200);
    expect(finalized.body).toMatchObject({ status: 'finalized', version: 1, events: ['ReportFinalized'] });

    const refused = await submitter
      .post(submissions(period, '7.1.2'), { inputs: { a: 20, b: 20 }, evidence })
      .expect(409)
      .expect('Content-Type', PROBLEM);
    expect(refused.body).toMatchObject({ code: 'REPORT_FINALIZED', details: { criterion: { code: '7.1.2' } } });
    await submitter.post(`${base(period)}/criteria/7.1.3/not-applicable`, { reason: 'x' }).expect(409);

    const notLead = await reviewer.post(`${base(period)}/reopen`, { reason: 'Sai số liệu' }).expect(403);
    expect(notLead.body.code).toBe('ROLE_NOT_ALLOWED');
    await submitter.post(`${base(period)}/reopen`, { reason: 'Sai số liệu' }).expect(403);
    await lead.post(`${base(period)}/reopen`, {}).expect(400);

    const reopened = await lead
      .post(`${base(period)}/reopen`, { reason: 'Đơn vị phát hiện sai sót số liệu 7.1.2' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'reopened', version: 1, events: ['ReportReopened'] });

    await submitter.post(submissions(period, '7.1.2'), { inputs: { a: 20, b: 20 }, evidence }).expect(201);
    const view = await inspector.get(base(period)).expect(200);
    expect(view.body.report).toMatchObject({
      status: 'reopened',
      version: 1,
      finalizations: [{ version: 1, by: 'reviewer' }],
      reopenings: [{ version: 1, by: 'lead', reason: 'Đơn vị phát hiện sai sót số liệu 7.1.2' }],
      reopeningsTotal: 1,
    });
    const stored = [];
    for await (const event of api.store.readStream(assessmentStreamId(UNIT, period))) stored.push(event.type);
    expect(stored).toEqual([
      'AssessmentOpened',
      'CriterionSubmitted',
      'SubmissionApproved',
      'ReportFinalized',
      'ReportReopened',
      'CriterionSubmitted',
    ]);
  });

  it('withdraws one’s own pending submission; a withdrawn one can no longer be reviewed', async () => {
    const period = '2021-Q4';
    const submitted = await submitter
      .post(submissions(period, '7.1.1'), { inputs: { a: 10, b: 1 }, evidence })
      .expect(201);
    const withdrawn = await submitter.post(review(period, submitted.body.submissionId, 'withdraw')).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', events: ['SubmissionWithdrawn'] });
    const late = await reviewer.post(review(period, submitted.body.submissionId, 'approve'), {}).expect(409);
    expect(late.body.code).toBe('SUBMISSION_WITHDRAWN');
    await reviewer.post(review(period, submitted.body.submissionId, 'withdraw')).expect(403);
  });

  it('shows every criterion of the unit’s block and nothing of the other block', async () => {
    const department = await inspector.get(base('2022-Q1')).expect(200);
    const codes = (department.body.criteria as CriterionView[]).map((c) => c.code);
    expect(codes).toContain('2.2.2');
    expect(codes).not.toContain('5.2.2');
    expect(department.body).toMatchObject({
      unit: { code: UNIT, block: 'department', name: 'Sở Thông tin và Truyền thông', activeInPeriod: true },
      catalogueId: 'tth-2020',
      revision: null,
    });
    const district = await inspector.get(base('2022-Q1', 'HUE')).expect(200);
    expect((district.body.criteria as CriterionView[]).map((c) => c.code)).toContain('5.2.2');
    expect((district.body.criteria as CriterionView[]).map((c) => c.code)).not.toContain('2.2.2');
  });

  it('lets every reading role read, but a submitter only their own unit', async () => {
    for (const username of ['reviewer', 'lead', 'inspector', 'leader', 'admin', 'sub-stttt']) {
      await (await api.as(username)).get(base('2021-Q1')).expect(200);
    }
    const other = await (await api.as('sub-snv')).get(base('2021-Q1')).expect(403);
    expect(other.body.code).toBe('NOT_OWN_UNIT');
    await inspector.get(base('2021-Q1', 'NOSUCHUNIT')).expect(404);
    // Malformed (no such quarter notation): 400 naming the parameter, as on every route (issue #11).
    const badPeriod = await inspector.get(base('2021-Q5')).expect(400);
    expect(badPeriod.body.errors).toEqual([expect.objectContaining({ field: 'period', code: 'INVALID_PERIOD' })]);
    await api.anonymous.get(base('2021-Q1')).expect(401);
  });
});
