import { assessmentStreamId } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { startApiTestApp, testPasswordOf, type ApiTestApp, type HttpClient } from './support';

/**
 * The rules of the workflow as HTTP answers them (real app, PostgreSQL event store, Redis): separation
 * of duties, own unit only, stale and concurrent reviews, idempotent retries, inputs checked by the
 * scoring engine, criteria outside the catalogue or the unit's block, a dissolved unit.
 */
const PROBLEM = /application\/problem\+json/;
const UNIT = 'STTTT';

const base = (period: string, unit = UNIT) => `/assessments/${unit}/${period}`;
const submissions = (period: string, criterion: string, unit = UNIT) =>
  `${base(period, unit)}/criteria/${criterion}/submissions`;
const approve = (period: string, submissionId: string, unit = UNIT) =>
  `${base(period, unit)}/submissions/${submissionId}/approve`;

describe('assessment workflow over HTTP: the rules', () => {
  let api: ApiTestApp;
  let submitter: HttpClient;
  let reviewer: HttpClient;
  let reviewer2: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
    submitter = await api.as('sub-stttt');
    reviewer = await api.as('reviewer');
    reviewer2 = await api.as('reviewer2');
    admin = await api.as('admin');
  });

  afterAll(async () => {
    await api?.close();
  });

  async function streamOf(unit: string, period: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of api.store.readStream(assessmentStreamId(unit, period))) events.push(event);
    return events;
  }

  describe('who may do what', () => {
    it('a submitter acts for their own unit only (403 NOT_OWN_UNIT), whatever the figures', async () => {
      const other = await api.as('sub-snv');
      const refused = await other
        .post(submissions('2023-Q1', '7.1.1'), { inputs: { a: 100, b: 10 } })
        .expect(403)
        .expect('Content-Type', PROBLEM);
      expect(refused.body).toMatchObject({ code: 'NOT_OWN_UNIT', details: { unit: UNIT, actorUnit: 'SNV' } });
      // Who may report is answered before whether the figures are right.
      const invalid = await other.post(submissions('2023-Q1', '7.1.1'), { inputs: { a: 100 } }).expect(403);
      expect(invalid.body.code).toBe('NOT_OWN_UNIT');
      await other.post(`${base('2023-Q1')}/criteria/7.1.2/not-applicable`, { reason: 'x' }).expect(403);
      expect(await streamOf(UNIT, '2023-Q1')).toEqual([]);
    });

    it('a reviewer never reviews their own submission (403 SEPARATION_OF_DUTIES), even after a role change', async () => {
      const password = testPasswordOf('tam.stttt');
      await admin
        .post('/accounts', { username: 'tam.stttt', password, role: 'submitter', unit: UNIT, displayName: 'Trần Tâm' })
        .expect(201);
      const tam = await api.as('tam.stttt');
      const submitted = await tam.post(submissions('2023-Q2', '7.1.1'), { inputs: { a: 100, b: 10 } }).expect(201);
      await admin.post('/accounts/tam.stttt/role', { role: 'reviewer' }).expect(200);

      const own = await tam.post(approve('2023-Q2', submitted.body.submissionId), {}).expect(403);
      expect(own.body).toMatchObject({ code: 'SEPARATION_OF_DUTIES', details: { reviewer: 'tam.stttt' } });
      await tam
        .post(`${base('2023-Q2')}/submissions/${submitted.body.submissionId}/reject`, { reason: 'x' })
        .expect(403);
      // Someone else may.
      await reviewer.post(approve('2023-Q2', submitted.body.submissionId), {}).expect(200);
    });

    it('only the submitter withdraws, and only reviewers review', async () => {
      const submitted = await submitter
        .post(submissions('2023-Q3', '7.1.1'), { inputs: { a: 100, b: 10 } })
        .expect(201);
      const path = `${base('2023-Q3')}/submissions/${submitted.body.submissionId}`;
      await submitter.post(`${path}/approve`, {}).expect(403);
      await (await api.as('inspector')).post(`${path}/approve`, {}).expect(403);
      await (await api.as('leader')).post(`${path}/reject`, { reason: 'x' }).expect(403);
      await (await api.as('admin')).post(`${path}/withdraw`).expect(403);
      // The lead reviewer reviews too, and finalizing is a reviewer's act.
      await (await api.as('lead')).post(`${path}/approve`, {}).expect(200);
      await submitter.post(`${base('2023-Q3')}/finalize`).expect(403);
      await reviewer.post(`${base('2023-Q3')}/finalize`).expect(200);
    });
  });

  describe('reviews of stale and raced submissions', () => {
    it('only the latest pending submission can be reviewed (409 STALE_SUBMISSION, with the criterion now)', async () => {
      const period = '2023-Q4';
      const older = await submitter.post(submissions(period, '7.1.1'), { inputs: { a: 100, b: 5 } }).expect(201);
      const newer = await submitter.post(submissions(period, '7.1.1'), { inputs: { a: 100, b: 8 } }).expect(201);
      const stale = await reviewer
        .post(approve(period, older.body.submissionId), {})
        .expect(409)
        .expect('Content-Type', PROBLEM);
      expect(stale.body).toMatchObject({
        code: 'STALE_SUBMISSION',
        details: {
          submissionId: older.body.submissionId,
          latestPending: newer.body.submissionId,
          criterion: {
            code: '7.1.1',
            pending: { submissionId: newer.body.submissionId, status: 'pending' },
            official: null,
          },
        },
      });
      await reviewer.post(approve(period, newer.body.submissionId), {}).expect(200);
      const again = await reviewer2.post(approve(period, newer.body.submissionId), {}).expect(409);
      expect(again.body).toMatchObject({
        code: 'ALREADY_REVIEWED',
        details: { criterion: { official: { submissionId: newer.body.submissionId } } },
      });
      const unknown = await reviewer.post(approve(period, 'sub-does-not-exist'), {}).expect(404);
      expect(unknown.body.code).toBe('SUBMISSION_NOT_FOUND');
    });

    it('two reviewers approving the same submission at once: one 200, one 409, one SubmissionApproved', async () => {
      const period = '2024-Q1';
      const submitted = await submitter.post(submissions(period, '7.1.1'), { inputs: { a: 50, b: 5 } }).expect(201);
      const responses = await Promise.all([
        reviewer.post(approve(period, submitted.body.submissionId), { note: 'Người thứ nhất' }),
        reviewer2.post(approve(period, submitted.body.submissionId), { note: 'Người thứ hai' }),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = responses.find((r) => r.status === 409);
      expect(loser?.body).toMatchObject({
        code: 'ALREADY_REVIEWED',
        details: {
          criterion: {
            code: '7.1.1',
            official: { submissionId: submitted.body.submissionId },
            pending: null,
          },
        },
      });
      const approvals = (await streamOf(UNIT, period)).filter((e) => e.type === 'SubmissionApproved');
      expect(approvals).toHaveLength(1);
    });
    it('commands that lose the race for the stream are decided again and go through while still valid', async () => {
      const period = '2024-Q4';
      // Four writers: each loss means another one's append won, so none loses more than the 3 retries allowed.
      const criteria = ['7.1.1', '7.1.2', '7.1.3', '7.2.1'];
      const responses = await Promise.all(
        criteria.map((criterion) =>
          submitter.post(`${base(period)}/criteria/${criterion}/not-applicable`, { reason: `Thử ${criterion}` }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(criteria.map(() => 201));
      const stream = await streamOf(UNIT, period);
      expect(stream.filter((e) => e.type === 'AssessmentOpened')).toHaveLength(1);
      expect(
        stream
          .filter((e) => e.type === 'NotApplicableDeclared')
          .map((e) => e.data.criterion)
          .sort(),
      ).toEqual(criteria);
    });
  });

  describe('idempotent retries', () => {
    it('the same Idempotency-Key twice: same status and body, one set of events in the stream', async () => {
      const period = '2024-Q2';
      const body = { inputs: { a: 120, b: 12 }, evidence: [] };
      const first = await submitter.post(submissions(period, '7.1.1'), body).set('Idempotency-Key', 'submit-1');
      const second = await submitter.post(submissions(period, '7.1.1'), body).set('Idempotency-Key', 'submit-1');
      expect(first.status).toBe(201);
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      let stream = await streamOf(UNIT, period);
      expect(stream.map((e) => e.type)).toEqual(['AssessmentOpened', 'CriterionSubmitted']);
      expect(new Set(stream.map((e) => e.metadata.commandId))).toEqual(new Set([first.body.commandId]));

      // A review too, even once the state has moved on.
      const approval = () =>
        reviewer.post(approve(period, first.body.submissionId), {}).set('Idempotency-Key', 'approve-1');
      const approved = await approval();
      const retried = await approval();
      expect(approved.status).toBe(200);
      expect(retried.status).toBe(200);
      expect(retried.body).toEqual(approved.body);
      stream = await streamOf(UNIT, period);
      expect(stream.map((e) => e.type)).toEqual(['AssessmentOpened', 'CriterionSubmitted', 'SubmissionApproved']);

      // Without the key, a second submission is a new command.
      const other = await submitter.post(submissions(period, '7.1.1'), body).expect(409);
      expect(other.body.code).toBe('CORRECTION_REQUIRED');
    });

    it('copies of one request racing each other are applied once', async () => {
      const period = '2024-Q3';
      const send = () =>
        submitter
          .post(submissions(period, '7.1.1'), { inputs: { a: 40, b: 4 } })
          .set('Idempotency-Key', 'raced-submit');
      const responses = await Promise.all([send(), send(), send()]);
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(responses[1].body).toEqual(responses[0].body);
      expect(responses[2].body).toEqual(responses[0].body);
      expect((await streamOf(UNIT, period)).map((e) => e.type)).toEqual(['AssessmentOpened', 'CriterionSubmitted']);
    });
  });

  describe('inputs checked by the scoring engine', () => {
    it.each([
      [{ a: 300 }, 'inputs.b', 'MISSING_INPUT'],
      [{ a: 300, b: -1 }, 'inputs.b', 'NEGATIVE_VALUE'],
      [{ a: 300, b: 1.5 }, 'inputs.b', 'NOT_AN_INTEGER'],
      [{ a: 300, b: 'ba mươi' }, 'inputs.b', 'INVALID_TYPE'],
      [{ a: 300, b: 30, c: 1 }, 'inputs.c', 'UNKNOWN_INPUT'],
      [{ a: 0, b: 0 }, 'inputs.a', 'ZERO_DENOMINATOR'],
    ])('refuses %p with 400, the engine’s code and the input, storing nothing', async (inputs, field, code) => {
      const response = await submitter
        .post(submissions('2025-Q1', '7.1.1'), { inputs })
        .expect(400)
        .expect('Content-Type', PROBLEM);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.errors).toEqual([{ field, code, message: expect.stringContaining('7.1.1') }]);
      expect(await api.store.streamRevision(assessmentStreamId(UNIT, '2025-Q1'))).toBeNull();
    });

    it('leaves an existing stream unchanged', async () => {
      const period = '2025-Q2';
      await submitter.post(submissions(period, '7.1.1'), { inputs: { a: 10, b: 1 } }).expect(201);
      const revision = await api.store.streamRevision(assessmentStreamId(UNIT, period));
      const response = await submitter.post(submissions(period, '7.1.2'), { inputs: { a: 3, b: 4 } }).expect(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'inputs.b', code: 'NUMERATOR_EXCEEDS_DENOMINATOR' });
      expect(await api.store.streamRevision(assessmentStreamId(UNIT, period))).toBe(revision);
    });

    it('refuses malformed bodies before anything else (400 naming the field)', async () => {
      const unknownField = await submitter
        .post(submissions('2025-Q1', '7.1.1'), { inputs: { a: 1, b: 1 }, figures: 3 })
        .expect(400);
      expect(unknownField.body.errors.map((e: { field: string }) => e.field)).toContain('figures');
      const noInputs = await submitter.post(submissions('2025-Q1', '7.1.1'), {}).expect(400);
      expect(noInputs.body.errors.map((e: { field: string }) => e.field)).toContain('inputs');
      const badEvidence = await submitter
        .post(submissions('2025-Q1', '7.1.1'), {
          inputs: { a: 1, b: 1 },
          evidence: [{ documentNumber: '1/BC', documentDate: '25/03/2021', signer: 'A', url: 'https://x.vn/a' }],
        })
        .expect(400);
      expect(badEvidence.body.errors.map((e: { field: string }) => e.field)).toContain('evidence.0.documentDate');
      const badReason = await (await api.as('lead')).post(`${base('2025-Q1')}/reopen`, { reason: 42 }).expect(400);
      expect(badReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      expect(await api.store.streamRevision(assessmentStreamId(UNIT, '2025-Q1'))).toBeNull();
    });

    it('leaves the evidence rules to the domain (422 INVALID_EVIDENCE naming the item)', async () => {
      const response = await submitter
        .post(submissions('2025-Q1', '7.1.1'), {
          inputs: { a: 1, b: 1 },
          evidence: [{ documentNumber: '1/BC', documentDate: '2021-03-25', signer: 'A' }],
        })
        .expect(422);
      expect(response.body).toMatchObject({ code: 'INVALID_EVIDENCE', details: { index: 0, field: 'url' } });
    });
  });

  describe('criteria outside the catalogue or the unit’s block', () => {
    it.each([
      ['9.9.9', 'CRITERION_NOT_IN_CATALOGUE'],
      ['7.1', 'CRITERION_NOT_IN_CATALOGUE'],
      ['5.2.2', 'CRITERION_NOT_FOR_BLOCK'],
    ])('refuses %s with 422 %s and stores nothing', async (criterion, code) => {
      const response = await submitter
        .post(submissions('2025-Q1', criterion), { inputs: { a: 1, b: 1 } })
        .expect(422)
        .expect('Content-Type', PROBLEM);
      expect(response.body.code).toBe(code);
      await submitter.post(`${base('2025-Q1')}/criteria/${criterion}/not-applicable`, { reason: 'x' }).expect(422);
      expect(await api.store.streamRevision(assessmentStreamId(UNIT, '2025-Q1'))).toBeNull();
    });

    it('refuses unknown units (404) and malformed periods (422)', async () => {
      const unit = await reviewer.post(`${base('2025-Q1', 'KHONGCO')}/finalize`).expect(404);
      expect(unit.body.code).toBe('UNIT_NOT_FOUND');
      // Malformed: 400 naming the parameter; well-formed but outside the known years: 422 (issue #11).
      const period = await submitter.post(submissions('2025-Q9', '7.1.1'), { inputs: { a: 1, b: 1 } }).expect(400);
      expect(period.body.errors).toEqual([expect.objectContaining({ field: 'period', code: 'INVALID_PERIOD' })]);
      const year = await submitter.post(submissions('1999-Q1', '7.1.1'), { inputs: { a: 1, b: 1 } }).expect(422);
      expect(year.body.code).toBe('INVALID_PERIOD');
    });
  });

  it('accepts nothing for a quarter in which the unit no longer existed (409 UNIT_NOT_ACTIVE)', async () => {
    await admin
      .post('/units/ALUOI/dissolve', {
        effectiveOn: '2025-07-01',
        legalBasis: 'Nghị quyết 1314/NQ-UBTVQH15 (thử nghiệm)',
      })
      .expect(200);
    const aluoi = await api.as('sub-aluoi');
    await aluoi.post(submissions('2025-Q2', '7.1.1', 'ALUOI'), { inputs: { a: 10, b: 1 } }).expect(201);
    const refused = await aluoi.post(submissions('2025-Q3', '7.1.1', 'ALUOI'), { inputs: { a: 10, b: 1 } }).expect(409);
    expect(refused.body).toMatchObject({ code: 'UNIT_NOT_ACTIVE', details: { unit: 'ALUOI', period: '2025-Q3' } });
    const view = await reviewer.get(base('2025-Q3', 'ALUOI')).expect(200);
    expect(view.body.unit).toMatchObject({ code: 'ALUOI', block: 'district', activeInPeriod: false });
  });
});
