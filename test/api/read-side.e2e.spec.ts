import { setTimeout as sleep } from 'node:timers/promises';
import { DOMAIN_UPCASTERS, ROLES, type Role } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel, qualifiedTable, readCheckpoint } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { ProjectorRuntime } from '../../apps/projector/src/projections/projector-runtime';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../platform/support/platform-test-env';
import { startApiTestApp, USERNAME_OF_ROLE, type ApiTestApp, type HttpClient } from './support';

/**
 * The read side through HTTP, against the real app and the real projector (feed, BullMQ queue, worker)
 * running in this process on the same PostgreSQL schemas and a BullMQ prefix of the test's own. The
 * workflow is driven through the API's command endpoints; every figure below is worked out by hand from
 * it (tth-2020: a department's maximum is 256, a district's 254; 19 departments and 9 districts exist).
 *
 * 2021-Q1
 *   STTTT  5.1.1 b/a = 150/200 → 3/4 × 2 = 3/2; 7.1.1 b/a = 4/50 = 8 % < 10 % → 8/10 × 4 = 16/5;
 *          1.4.1 yes → 2. Finalized v1: 3/2 + 16/5 + 2 = 67/10 (6.7; 67/10 / 256 = 335/128 % = 2.62 %).
 *          Reopened, 5.1.1 corrected to 200/200 → 2, finalized v2: 36/5 (7.2; 45/16 % = 2.81 %).
 *   SNV    5.1.1 100/100 → 2; 7.1.1 2/20 = 10 % → 4. Finalized v1: 6. Reopened, 7.1.1 corrected to 1/20 =
 *          5 % → 5/10 × 4 = 2, approved and NOT finalized again: now 4 (25/16 % = 1.56 %).
 *   HUE    1.4.1 yes → 2; 5.1.1 150/300 → 1; 7.1.1 pending review. 3 of 254 (150/127 % = 1.18 %).
 * 2021-Q2
 *   STTTT  5.1.1 100/100 → 2, finalized v1: 2 (25/32 % = 0.78 %).
 *   SNV    5.1.1 50/100 → 1; 7.1.1 1/10 = 10 % → 4: 5 (125/64 % = 1.95 %). HUE reports nothing.
 */
const PROBLEM = /application\/problem\+json/;

describe('read side over HTTP: scorecards, rankings, roll-up, series, timeline, reports', () => {
  let api: ApiTestApp;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let projector: ProjectorRuntime;
  const clients = new Map<string, HttpClient>();
  const as = (username: string): HttpClient => {
    const client = clients.get(username);
    if (client === undefined) throw new Error(`No client for ${username}`);
    return client;
  };
  const ids: Record<string, string> = {};
  /** An instant between STTTT 2021-Q1's first finalization and its reopening. */
  let betweenV1AndReopen: Date;

  async function submit(
    submitter: string,
    unit: string,
    period: string,
    criterion: string,
    inputs: Record<string, unknown>,
    correction?: { corrects: string; reason: string },
  ): Promise<string> {
    const response = await as(submitter)
      .post(`/assessments/${unit}/${period}/criteria/${criterion}/submissions`, { inputs, ...correction })
      .expect(201);
    return response.body.submissionId as string;
  }

  async function approve(reviewer: string, unit: string, period: string, submissionId: string): Promise<void> {
    await as(reviewer).post(`/assessments/${unit}/${period}/submissions/${submissionId}/approve`, {}).expect(200);
  }

  async function finalize(unit: string, period: string): Promise<void> {
    await as('reviewer').post(`/assessments/${unit}/${period}/finalize`).expect(200);
  }

  async function reopen(unit: string, period: string, reason: string): Promise<void> {
    await as('lead').post(`/assessments/${unit}/${period}/reopen`, { reason }).expect(200);
  }

  /** Bounded polling: the projector's stored checkpoint reaches the event store's head. */
  async function waitForProjection(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const head = await store.headPosition();
      const checkpoint = await readCheckpoint(dataSource.manager);
      if (checkpoint >= head) return;
      if (Date.now() > deadline) {
        throw new Error(`Projection checkpoint ${checkpoint} did not reach the head ${head} in ${timeoutMs} ms`);
      }
      await sleep(50);
    }
  }

  beforeAll(async () => {
    api = await startApiTestApp();
    // What `npm run migrate` does for the app: the read model's schema, here the test app's own.
    dataSource = createReadModelDataSource({
      url: TEST_DATABASE_URL,
      schema: api.env.READ_MODEL_SCHEMA,
      poolMax: 4,
      applicationName: 'read-side-e2e',
    });
    await dataSource.initialize();
    await migrateReadModel(dataSource);
    store = new PostgresEventStore({
      connectionString: TEST_DATABASE_URL,
      schema: api.env.EVENT_STORE_SCHEMA,
      pollIntervalMs: 50,
      upcasters: DOMAIN_UPCASTERS,
    });
    projector = new ProjectorRuntime({
      store,
      dataSource,
      redisUrl: TEST_REDIS_URL,
      prefix: api.env.BULLMQ_PREFIX,
      retry: { attempts: 3, backoffMs: 50 },
      feed: { pumpIntervalMs: 20, maxInFlight: 10_000, resubscribeInitialMs: 50, resubscribeMaxMs: 500 },
      recheckMs: 60,
      retryDelayMs: 200,
      concurrency: 4,
    });
    projector.start();
    for (const username of [
      'sub-stttt',
      'sub-snv',
      'sub-hue',
      'reviewer',
      'reviewer2',
      'lead',
      'inspector',
      'leader',
      'admin',
    ]) {
      clients.set(username, await api.as(username));
    }

    const q1 = '2021-Q1';
    ids.stttt1 = await submit('sub-stttt', 'STTTT', q1, '5.1.1', { a: 200, b: 150 });
    await approve('reviewer', 'STTTT', q1, ids.stttt1);
    ids.stttt2 = await submit('sub-stttt', 'STTTT', q1, '7.1.1', { a: 50, b: 4 });
    await approve('reviewer', 'STTTT', q1, ids.stttt2);
    ids.stttt3 = await submit('sub-stttt', 'STTTT', q1, '1.4.1', { value: true });
    await approve('reviewer', 'STTTT', q1, ids.stttt3);
    await finalize('STTTT', q1);
    await sleep(50);
    betweenV1AndReopen = new Date();
    await sleep(50);
    await reopen('STTTT', q1, 'Điều chỉnh số liệu thư điện tử sau rà soát');
    ids.stttt4 = await submit(
      'sub-stttt',
      'STTTT',
      q1,
      '5.1.1',
      { a: 200, b: 200 },
      { corrects: ids.stttt1, reason: 'Bổ sung tài khoản thư điện tử đã cấp trong quý' },
    );
    await approve('reviewer2', 'STTTT', q1, ids.stttt4);
    await finalize('STTTT', q1);

    ids.snv1 = await submit('sub-snv', 'SNV', q1, '5.1.1', { a: 100, b: 100 });
    await approve('reviewer', 'SNV', q1, ids.snv1);
    ids.snv2 = await submit('sub-snv', 'SNV', q1, '7.1.1', { a: 20, b: 2 });
    await approve('reviewer', 'SNV', q1, ids.snv2);
    await finalize('SNV', q1);
    await reopen('SNV', q1, 'Sai số cán bộ chuyên trách CNTT');
    ids.snv3 = await submit(
      'sub-snv',
      'SNV',
      q1,
      '7.1.1',
      { a: 20, b: 1 },
      { corrects: ids.snv2, reason: 'Một cán bộ đã chuyển công tác trước kỳ báo cáo' },
    );
    await approve('reviewer2', 'SNV', q1, ids.snv3);

    ids.hue1 = await submit('sub-hue', 'HUE', q1, '1.4.1', { value: true });
    await approve('reviewer', 'HUE', q1, ids.hue1);
    ids.hue2 = await submit('sub-hue', 'HUE', q1, '5.1.1', { a: 300, b: 150 });
    await approve('reviewer', 'HUE', q1, ids.hue2);
    ids.hue3 = await submit('sub-hue', 'HUE', q1, '7.1.1', { a: 10, b: 1 });

    const q2 = '2021-Q2';
    ids.sttttQ2 = await submit('sub-stttt', 'STTTT', q2, '5.1.1', { a: 100, b: 100 });
    await approve('reviewer', 'STTTT', q2, ids.sttttQ2);
    await finalize('STTTT', q2);
    ids.snvQ2a = await submit('sub-snv', 'SNV', q2, '5.1.1', { a: 100, b: 50 });
    await approve('reviewer', 'SNV', q2, ids.snvQ2a);
    ids.snvQ2b = await submit('sub-snv', 'SNV', q2, '7.1.1', { a: 10, b: 1 });
    await approve('reviewer', 'SNV', q2, ids.snvQ2b);

    await waitForProjection();
  });

  afterAll(async () => {
    await projector?.stop(2_000);
    await store?.close();
    await dataSource?.destroy();
    await api?.close();
  });

  describe('GET /scorecards/{unit}/{period}', () => {
    it('reads the projected scorecard: total, groups and criteria with display numbers and exact values', async () => {
      const { body } = await as('leader').get('/scorecards/STTTT/2021-Q1').expect(200);
      expect(body).toMatchObject({
        unit: 'STTTT',
        unitName: 'Sở Thông tin và Truyền thông',
        block: 'department',
        period: '2021-Q1',
        catalogue: 'tth-2020',
        source: 'projection',
        asOf: null,
        report: { status: 'finalized', version: 2, pendingCount: 0 },
        total: {
          points: 7.2,
          pointsExact: '36/5',
          applicableMax: 256,
          applicableMaxExact: '256',
          percent: 2.81,
          percentExact: '45/16',
          counts: { scored: 3, 'not-applicable': 0, error: 0 },
        },
      });
      expect(body.position).toMatch(/^\d+$/);
      const groups = new Map((body.groups as Array<{ code: string }>).map((group) => [group.code, group]));
      // Group 5 (71 for departments) holds 5.1.1: 2 of 71 = 200/71 % = 2.82 %.
      expect(groups.get('5')).toMatchObject({
        depth: 1,
        parent: 'I',
        points: 2,
        applicableMax: 71,
        percent: 2.82,
        percentExact: '200/71',
      });
      expect(groups.get('7')).toMatchObject({ points: 3.2, pointsExact: '16/5', applicableMax: 20, percent: 16 });
      expect(groups.get('7.1')).toMatchObject({ depth: 2, parent: '7', pointsExact: '16/5', applicableMaxExact: '10' });
      expect(groups.get('1')).toMatchObject({ points: 2, applicableMax: 30, percent: 6.67, percentExact: '20/3' });

      const criteria = new Map(
        (body.criteria as Array<{ code: string; explanation: { vi: string } | null }>).map((c) => [c.code, c]),
      );
      expect(criteria.get('5.1.1')).toMatchObject({
        group: '5.1',
        ruleKind: 'ratio',
        status: 'scored',
        points: 2,
        pointsExact: '2',
        max: 2,
        maxExact: '2',
        applicableMax: 2,
        official: { submissionId: ids.stttt4, inputs: { a: 200, b: 200 }, approvedBy: 'reviewer2' },
        pending: null,
        error: null,
      });
      expect(criteria.get('5.1.1')?.explanation?.vi).toContain('200/200');
      expect(criteria.get('7.1.1')).toMatchObject({ points: 3.2, pointsExact: '16/5', max: 4, status: 'scored' });
      expect(criteria.get('1.1.1')).toMatchObject({
        status: 'not-reported',
        points: 0,
        max: 5,
        applicableMax: 5,
        explanation: null,
        official: null,
      });
      // 3.1.2 applies to districts only.
      expect(criteria.has('3.1.2')).toBe(false);
    });

    it('shows the pending submission and a reopened report', async () => {
      const hue = await as('reviewer').get('/scorecards/HUE/2021-Q1').expect(200);
      expect(hue.body).toMatchObject({
        block: 'district',
        report: { status: 'open', version: 0, pendingCount: 1 },
        total: { points: 3, applicableMax: 254, percent: 1.18, percentExact: '150/127' },
      });
      const pending = (hue.body.criteria as Array<{ code: string }>).find((criterion) => criterion.code === '7.1.1');
      expect(pending).toMatchObject({
        status: 'not-reported',
        points: 0,
        pending: { submissionId: ids.hue3, kind: 'figures', corrects: null, submittedBy: 'sub-hue' },
      });
      const snv = await as('inspector').get('/scorecards/SNV/2021-Q1').expect(200);
      expect(snv.body).toMatchObject({
        report: { status: 'reopened', version: 1 },
        total: { points: 4, pointsExact: '4', percent: 1.56, percentExact: '25/16' },
      });
    });

    it('answers a quarter with nothing recorded with 0 of the block’s full maximum', async () => {
      const { body } = await as('leader').get('/scorecards/HUE/2021-Q2').expect(200);
      expect(body).toMatchObject({
        source: 'projection',
        position: null,
        revision: null,
        report: { status: 'not_opened', version: 0, pendingCount: 0, openedAt: null },
        total: { points: 0, pointsExact: '0', applicableMax: 254, percent: 0, percentExact: '0' },
      });
      expect(
        (body.criteria as Array<{ status: string }>).every((criterion) => criterion.status === 'not-reported'),
      ).toBe(true);
    });

    it('with asOf reads the kept versions: at the first finalization’s position, and at an instant', async () => {
      const reports = await as('inspector').get('/reports/STTTT/2021-Q1').expect(200);
      const v1Position = reports.body.versions[0].position as string;

      const atV1 = await as('inspector').get(`/scorecards/STTTT/2021-Q1?asOf=${v1Position}`).expect(200);
      expect(atV1.body).toMatchObject({
        source: 'projection',
        asOf: { position: v1Position, instant: null },
        position: v1Position,
        report: { status: 'finalized', version: 1 },
        total: { points: 6.7, pointsExact: '67/10', percent: 2.62, percentExact: '335/128' },
      });
      const criterion = (atV1.body.criteria as Array<{ code: string }>).find((c) => c.code === '5.1.1');
      expect(criterion).toMatchObject({ points: 1.5, pointsExact: '3/2', official: { submissionId: ids.stttt1 } });

      const instant = betweenV1AndReopen.toISOString();
      const atInstant = await as('leader')
        .get(`/scorecards/STTTT/2021-Q1?asOf=${encodeURIComponent(instant)}`)
        .expect(200);
      expect(atInstant.body).toMatchObject({
        source: 'projection',
        asOf: { position: null, instant },
        position: v1Position,
        total: { pointsExact: '67/10' },
      });
      // An offset instant reads the same moment.
      const local = new Date(betweenV1AndReopen.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
      const atLocal = await as('leader')
        .get(`/scorecards/STTTT/2021-Q1?asOf=${encodeURIComponent(local)}`)
        .expect(200);
      expect(atLocal.body.total.pointsExact).toBe('67/10');

      // Before anything was recorded: the empty scorecard.
      const atZero = await as('leader').get('/scorecards/STTTT/2021-Q1?asOf=0').expect(200);
      expect(atZero.body).toMatchObject({
        source: 'projection',
        position: null,
        report: { status: 'not_opened' },
        total: { points: 0, applicableMax: 256 },
      });
      // Far ahead: everything, equal to the projection.
      const ahead = await as('leader').get('/scorecards/STTTT/2021-Q1?asOf=999999999').expect(200);
      expect(ahead.body.total.pointsExact).toBe('36/5');
    });

    it('answers with asOf what a replay of the events says, at every event of a stream and between them', async () => {
      // STTTT 2021-Q1: submissions and approvals, finalized, reopened, a correction pending and then
      // approved, finalized again — every position of its stream, and the instants between its events.
      const events = [];
      for await (const event of store.readStream('assessment-STTTT-2021Q1')) events.push(event);
      expect(events.map((event) => event.type)).toEqual(
        expect.arrayContaining(['CorrectionSubmitted', 'ReportReopened', 'SubmissionApproved', 'ReportFinalized']),
      );
      const inspector = as('inspector');
      const bounds = [
        '0',
        ...events.flatMap((event) => [event.position.toString(), (event.position + 1n).toString()]),
        ...events.map((event) => event.recordedAt.toISOString()),
        new Date(events[0].recordedAt.getTime() - 1).toISOString(),
      ];
      for (const bound of bounds) {
        const { body } = await inspector
          .get(`/scorecards/STTTT/2021-Q1/check?asOf=${encodeURIComponent(bound)}`)
          .expect(200);
        expect({ bound, ...body }).toMatchObject({ bound, match: true, eventsBehind: 0, differences: [] });
      }
      // Between the correction and its approval: the pending correction shows, the official value is v1's.
      const correction = events.find((event) => event.type === 'CorrectionSubmitted');
      const between = await inspector.get(`/scorecards/STTTT/2021-Q1?asOf=${correction?.position}`).expect(200);
      const corrected = (between.body.criteria as Array<{ code: string }>).find((c) => c.code === '5.1.1');
      expect(between.body.report).toMatchObject({ status: 'reopened', version: 1, pendingCount: 1 });
      expect(corrected).toMatchObject({
        pointsExact: '3/2',
        official: { submissionId: ids.stttt1 },
        pending: { submissionId: ids.stttt4, kind: 'figures', corrects: ids.stttt1 },
      });
      // After the reopen, before anything changed: v1's figures, the report open again.
      const reopened = events.find((event) => event.type === 'ReportReopened');
      const afterReopen = await inspector.get(`/scorecards/STTTT/2021-Q1?asOf=${reopened?.position}`).expect(200);
      expect(afterReopen.body).toMatchObject({
        position: reopened?.position.toString(),
        report: { status: 'reopened', version: 1, pendingCount: 0 },
        total: { pointsExact: '67/10' },
      });
      // The whole check (projection and every kept version against the events) agrees too.
      const whole = await inspector.get('/scorecards/STTTT/2021-Q1/check').expect(200);
      expect(whole.body).toMatchObject({ match: true, differences: [] });
    });

    it('answers 400 problem+json for a bad period, unit code or asOf, and 404 for an unknown unit', async () => {
      const leader = as('leader');
      const badPeriod = await leader.get('/scorecards/STTTT/2021-Q5').expect(400).expect('Content-Type', PROBLEM);
      expect(badPeriod.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'period', code: 'INVALID_PERIOD' }],
      });
      const badUnit = await leader.get('/scorecards/stttt/2021-Q1').expect(400);
      expect(badUnit.body.errors).toEqual([expect.objectContaining({ field: 'unit', code: 'INVALID_UNIT_CODE' })]);
      for (const asOf of ['yesterday', '-1', '1.5', '2021-02-30T00:00:00Z', '2021-04-10T09:00:00', '2021-04-10']) {
        const response = await leader.get(`/scorecards/STTTT/2021-Q1?asOf=${encodeURIComponent(asOf)}`).expect(400);
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'asOf', code: 'INVALID_AS_OF' })]);
      }
      // Before the first catalogue in force (tth-2020 from 2021-Q1) there is nothing to score against.
      // Well-formed but not allowed: 422 naming the field (issue #11: one rule on every route).
      const unscored = await leader.get('/scorecards/STTTT/2020-Q4').expect(422);
      expect(unscored.body.errors).toEqual([
        expect.objectContaining({ field: 'period', code: 'CATALOGUE_NOT_CONFIGURED' }),
      ]);
      const unknown = await leader.get('/scorecards/ZZNOUNIT/2021-Q1').expect(404).expect('Content-Type', PROBLEM);
      expect(unknown.body.code).toBe('UNIT_NOT_FOUND');
    });
  });

  describe('GET /scorecards/{unit}/{period}/check', () => {
    it('replays the unit-quarter and finds it equal to its projection', async () => {
      const { body } = await as('inspector').get('/scorecards/STTTT/2021-Q1/check').expect(200);
      expect(body).toMatchObject({
        unit: 'STTTT',
        period: '2021-Q1',
        streamId: 'assessment-STTTT-2021Q1',
        match: true,
        outcome: 'match',
        eventsBehind: 0,
        differences: [],
      });
      expect(body.projectedPosition).toBe(body.streamPosition);
      const snv = await as('admin').get('/scorecards/SNV/2021-Q1/check').expect(200);
      expect(snv.body).toMatchObject({ match: true, outcome: 'match' });
      const nothing = await as('inspector').get('/scorecards/HUE/2021-Q2/check').expect(200);
      expect(nothing.body).toMatchObject({ match: true, outcome: 'no-stream', projectedPosition: null });
      await as('inspector').get('/scorecards/ZZNOUNIT/2021-Q1/check').expect(404);
    });
  });

  describe('GET /rankings/{period}', () => {
    it('ranks each block over the units of the quarter, with ties and no previous quarter', async () => {
      const { body } = await as('sub-hue').get('/rankings/2021-Q1?block=department').expect(200);
      expect(body).toMatchObject({ period: '2021-Q1', previousPeriod: '2020-Q4', block: 'department' });
      const units = body.units as Array<Record<string, unknown>>;
      expect(units).toHaveLength(19);
      expect(units[0]).toMatchObject({
        block: 'department',
        rank: 1,
        tied: false,
        unit: 'STTTT',
        unitName: 'Sở Thông tin và Truyền thông',
        reported: true,
        reportStatus: 'finalized',
        points: 7.2,
        pointsExact: '36/5',
        percent: 2.81,
        percentExact: '45/16',
        previousRank: null,
        rankChange: null,
      });
      expect(units[1]).toMatchObject({
        rank: 2,
        tied: false,
        unit: 'SNV',
        percentExact: '25/16',
        reportStatus: 'reopened',
      });
      // The 17 others reported nothing: 0 of 256, all third.
      expect(units.slice(2).every((unit) => unit.rank === 3 && unit.tied === true && unit.reported === false)).toBe(
        true,
      );
      expect(units[2]).toMatchObject({ points: 0, applicableMax: 256, percent: 0, reportStatus: null });
    });

    it('shows the change since the previous quarter; both blocks without block', async () => {
      const { body } = await as('leader').get('/rankings/2021-Q2').expect(200);
      expect(body.block).toBeNull();
      const units = body.units as Array<Record<string, unknown>>;
      expect(units).toHaveLength(28);
      const of = (code: string) => units.find((unit) => unit.unit === code);
      expect(of('SNV')).toMatchObject({
        rank: 1,
        previousRank: 2,
        rankChange: 1,
        percentExact: '125/64',
        percent: 1.95,
      });
      expect(of('STTTT')).toMatchObject({
        rank: 2,
        previousRank: 1,
        rankChange: -1,
        percentExact: '25/32',
        percent: 0.78,
      });
      expect(of('SNGV')).toMatchObject({ rank: 3, previousRank: 3, rankChange: 0, tied: true });
      // HUE reported nothing in Q2: every district ties first; HUE stays first, the others move up one.
      expect(of('HUE')).toMatchObject({
        block: 'district',
        rank: 1,
        previousRank: 1,
        rankChange: 0,
        tied: true,
        reported: false,
      });
      expect(of('ALUOI')).toMatchObject({ rank: 1, previousRank: 2, rankChange: 1 });
      expect(units.slice(0, 19).every((unit) => unit.block === 'department')).toBe(true);
    });

    it('is empty for a quarter with nothing projected; 400 for a bad period or block', async () => {
      const { body } = await as('leader').get('/rankings/2021-Q3?block=district').expect(200);
      expect(body.units).toEqual([]);
      const badPeriod = await as('leader').get('/rankings/Q3-2021').expect(400);
      expect(badPeriod.body.errors[0]).toMatchObject({ field: 'period', code: 'INVALID_PERIOD' });
      const badBlock = await as('leader').get('/rankings/2021-Q1?block=ward').expect(400);
      expect(badBlock.body.errors[0]).toMatchObject({ field: 'block' });
    });
  });

  describe('GET /rollup/{period}', () => {
    it('rolls each criterion up from the sums of numerators and denominators', async () => {
      const { body } = await as('leader').get('/rollup/2021-Q1').expect(200);
      expect(body).toMatchObject({ period: '2021-Q1', scope: 'province' });
      const criteria = new Map((body.criteria as Array<{ code: string }>).map((row) => [row.code, row]));
      // 5.1.1: (200 + 100 + 150) / (200 + 100 + 300) = 450/600 = 3/4 — not the mean of the units' points.
      expect(criteria.get('5.1.1')).toMatchObject({
        catalogue: 'tth-2020',
        measure: 'ratio-of-sums',
        numeratorExact: '450',
        denominatorExact: '600',
        value: 0.75,
        valueExact: '3/4',
        percent: 75,
        percentExact: '75',
        pointsSum: 5,
        pointsSumExact: '5',
        maxSumExact: '6',
        units: { eligible: 28, scored: 3, notApplicable: 0, notReported: 25, error: 0, meetingThreshold: null },
      });
      // 7.1.1: STTTT 4/50 and SNV's corrected 1/20; HUE's is pending, so not reported: 5/70 = 1/14.
      expect(criteria.get('7.1.1')).toMatchObject({
        numeratorExact: '5',
        denominatorExact: '70',
        valueExact: '1/14',
        percent: 7.14,
        percentExact: '50/7',
        pointsSumExact: '26/5',
        units: { scored: 2, notReported: 26, meetingThreshold: 0 },
      });
      // 1.4.1: the share of units answering yes, of those that answered.
      expect(criteria.get('1.4.1')).toMatchObject({ measure: 'share-yes', valueExact: '1', percent: 100 });
    });

    it('gives the mean and spread of the units’ scores for the province and each block', async () => {
      const { body } = await as('sub-stttt').get('/rollup/2021-Q1').expect(200);
      const scopes = new Map(
        (body.scores as Array<{ scope: string; groups: Array<{ code: string }> }>).map((scope) => [scope.scope, scope]),
      );
      expect([...scopes.keys()]).toEqual(['province', 'department', 'district']);
      // Departments (percentages): 45/16, 25/16 and 17 × 0. Mean (70/16)/19 = 35/152; variance
      // (45² + 25²)/16² / 19 − (35/152)² = 45450/92416, whose root is 0.701283… percentage points.
      expect(scopes.get('department')).toMatchObject({
        total: {
          code: 'I',
          depth: 0,
          unitCount: 19,
          mean: 0.23,
          meanExact: '35/152',
          min: 0,
          max: 2.81,
          maxExact: '45/16',
          stddev: 0.7,
          stddevDecimal: '0.701283',
          pooled: 0.23,
          pooledExact: '35/152',
        },
      });
      // Districts: 150/127 and 8 × 0: mean 50/381.
      expect(scopes.get('district')).toMatchObject({
        total: { unitCount: 9, meanExact: '50/381', mean: 0.13, maxExact: '150/127' },
      });
      // Province: (45/16 + 25/16 + 150/127) / 28 = 5645/28448; pooled (36/5 + 4 + 3) / (19 × 256 + 9 × 254).
      expect(scopes.get('province')).toMatchObject({
        total: { unitCount: 28, meanExact: '5645/28448', mean: 0.2, pooledExact: '142/715' },
      });
      const group7 = scopes.get('department')?.groups.find((g) => g.code === '7');
      expect(group7).toMatchObject({ depth: 1, meanExact: '26/19', mean: 1.37, maxExact: '16' });
    });

    it('rolls up over one block with block, and is empty for a quarter with nothing projected', async () => {
      const { body } = await as('leader').get('/rollup/2021-Q1?block=district').expect(200);
      expect(body.scope).toBe('district');
      const criterion = (body.criteria as Array<{ code: string }>).find((row) => row.code === '5.1.1');
      expect(criterion).toMatchObject({ valueExact: '1/2', units: { eligible: 9, scored: 1 } });
      const empty = await as('leader').get('/rollup/2022-Q1').expect(200);
      expect(empty.body).toEqual({ period: '2022-Q1', scope: 'province', criteria: [], scores: [] });
      await as('leader').get('/rollup/2022-Q9').expect(400);
    });
  });

  describe('GET /series', () => {
    it('a unit’s total across quarters, with nulls where nothing is projected', async () => {
      const { body } = await as('sub-stttt').get('/series?unit=STTTT&from=2021-Q1&to=2021-Q4').expect(200);
      expect(body).toMatchObject({
        subject: { kind: 'unit', unit: 'STTTT', group: null, block: null },
        title: 'CHÍNH QUYỀN SỐ',
        from: '2021-Q1',
        to: '2021-Q4',
      });
      expect(body.points).toEqual([
        {
          period: '2021-Q1',
          percent: 2.81,
          percentExact: '45/16',
          points: 7.2,
          pointsExact: '36/5',
          applicableMax: 256,
          applicableMaxExact: '256',
          unitCount: 1,
        },
        expect.objectContaining({ period: '2021-Q2', percent: 0.78, percentExact: '25/32', pointsExact: '2' }),
        expect.objectContaining({ period: '2021-Q3', percent: null, pointsExact: null, unitCount: 0 }),
        expect.objectContaining({ period: '2021-Q4', percent: null, unitCount: 0 }),
      ]);
    });

    it('the province’s and a block’s mean, and a group’s mean', async () => {
      const province = await as('leader').get('/series?scope=province&from=2021-Q1&to=2021-Q2').expect(200);
      expect(province.body.points).toEqual([
        expect.objectContaining({ period: '2021-Q1', percentExact: '5645/28448', percent: 0.2, unitCount: 28 }),
        // Q2: (125/64 + 25/32) / 28 = 25/256 %.
        expect.objectContaining({ period: '2021-Q2', percentExact: '25/256', percent: 0.1, unitCount: 28 }),
      ]);
      const departments = await as('leader')
        .get('/series?scope=province&block=department&from=2021-Q1&to=2021-Q2')
        .expect(200);
      expect(departments.body.subject).toEqual({ kind: 'province', unit: null, group: null, block: 'department' });
      expect(departments.body.points.map((point: { percentExact: string }) => point.percentExact)).toEqual([
        '35/152',
        // (125/64 + 25/32) / 19.
        '175/1216',
      ]);
      // Group 7 in Q1: STTTT 16/5 of 20 = 16 %, SNV 2 of 20 = 10 %, everyone else 0.
      const group = await as('leader').get('/series?group=7&from=2021-Q1&to=2021-Q1').expect(200);
      expect(group.body).toMatchObject({ subject: { kind: 'group', group: '7', block: null } });
      expect(group.body.points[0]).toMatchObject({ percentExact: '13/14', percent: 0.93, unitCount: 28 });
      const groupOfBlock = await as('leader')
        .get('/series?group=7&block=department&from=2021-Q1&to=2021-Q1')
        .expect(200);
      expect(groupOfBlock.body.points[0]).toMatchObject({ percentExact: '26/19', percent: 1.37, unitCount: 19 });
    });

    it('needs exactly one of unit, group and scope=province, and valid quarters', async () => {
      const leader = as('leader');
      const cases: Array<[string, string, string | undefined]> = [
        ['/series?from=2021-Q1&to=2021-Q2', 'unit', 'EXACTLY_ONE_SUBJECT'],
        ['/series?unit=STTTT&scope=province&from=2021-Q1&to=2021-Q2', 'unit,scope', 'EXACTLY_ONE_SUBJECT'],
        ['/series?unit=STTTT&block=department&from=2021-Q1&to=2021-Q2', 'block', 'BLOCK_WITH_UNIT'],
        ['/series?group=9&from=2021-Q1&to=2021-Q2', 'group', 'UNKNOWN_GROUP'],
        ['/series?group=5.1.1&from=2021-Q1&to=2021-Q2', 'group', 'UNKNOWN_GROUP'],
        ['/series?scope=unit&from=2021-Q1&to=2021-Q2', 'scope', undefined],
        ['/series?scope=province&from=2021-Q0&to=2021-Q1', 'from', 'INVALID_PERIOD'],
        ['/series?scope=province&to=2021-Q1', 'from', undefined],
      ];
      for (const [path, field, code] of cases) {
        const response = await leader.get(path).expect(400).expect('Content-Type', PROBLEM);
        expect({ path, error: response.body.errors[0] }).toMatchObject({
          path,
          error: { field, ...(code === undefined ? {} : { code }) },
        });
      }
      // Well-formed but not allowed (a range that ends before it starts): 422, as commands answer (issue #11).
      const reversed = await leader.get('/series?scope=province&from=2021-Q3&to=2021-Q1').expect(422);
      expect(reversed.body.code).toBe('INVALID_PERIOD');
      await leader.get('/series?unit=ZZNOUNIT&from=2021-Q1&to=2021-Q2').expect(404);
    });
  });

  describe('GET /timeline/{unit}', () => {
    it('lists every change of the unit, newest first, with who, role, why, before → after and the request', async () => {
      const { body } = await as('inspector').get('/timeline/STTTT').expect(200);
      const changes = body.changes as Array<Record<string, unknown>>;
      expect(changes.map((change) => [change.period, change.eventType, change.criterion])).toEqual(
        [
          ['2021-Q1', 'AssessmentOpened', null],
          ['2021-Q1', 'SubmissionApproved', '5.1.1'],
          ['2021-Q1', 'SubmissionApproved', '7.1.1'],
          ['2021-Q1', 'SubmissionApproved', '1.4.1'],
          ['2021-Q1', 'ReportFinalized', null],
          ['2021-Q1', 'ReportReopened', null],
          ['2021-Q1', 'SubmissionApproved', '5.1.1'],
          ['2021-Q1', 'ReportFinalized', null],
          ['2021-Q2', 'AssessmentOpened', null],
          ['2021-Q2', 'SubmissionApproved', '5.1.1'],
          ['2021-Q2', 'ReportFinalized', null],
        ].reverse(),
      );
      const inLogOrder = [...changes].reverse();
      expect(inLogOrder[5]).toMatchObject({
        kind: 'report_status',
        actor: 'lead',
        role: 'lead_reviewer',
        reason: 'Điều chỉnh số liệu thư điện tử sau rà soát',
        before: { reportStatus: 'finalized' },
        after: { reportStatus: 'reopened' },
        reportVersion: 1,
        streamId: 'assessment-STTTT-2021Q1',
      });
      expect(inLogOrder[6]).toMatchObject({
        kind: 'official_score',
        submissionId: ids.stttt4,
        actor: 'reviewer2',
        role: 'reviewer',
        reason: 'Bổ sung tài khoản thư điện tử đã cấp trong quý',
        before: { value: 'scored', points: 1.5, pointsExact: '3/2', reportStatus: null },
        after: { value: 'scored', points: 2, pointsExact: '2' },
        eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        revision: expect.stringMatching(/^\d+$/),
        position: expect.stringMatching(/^\d+$/),
        correlationId: expect.any(String),
        commandId: expect.any(String),
      });
      const positions = changes.map((change) => BigInt(change.position as string));
      expect(positions).toEqual([...positions].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
      expect(body).toMatchObject({ truncated: false, nextCursor: null, net: null });
    });

    it('between two quarters’ published reports, with the net difference per criterion', async () => {
      const { body } = await as('leader').get('/timeline/STTTT?from=2021-Q1&to=2021-Q2&net=true').expect(200);
      expect(body.from).toMatchObject({ period: '2021-Q1', version: 2, instant: null });
      expect(body.to).toMatchObject({ period: '2021-Q2', version: 1 });
      expect(body.changes.map((change: { eventType: string }) => change.eventType)).toEqual([
        'ReportFinalized',
        'SubmissionApproved',
        'AssessmentOpened',
      ]);
      expect(body.net).toEqual([
        {
          period: '2021-Q2',
          criterion: '5.1.1',
          changes: 1,
          before: { value: 'none', points: null, pointsExact: null, reportStatus: null },
          after: { value: 'scored', points: 2, pointsExact: '2', reportStatus: null },
          difference: 2,
          differenceExact: '2',
        },
      ]);
    });

    it('from an instant, for one quarter or one criterion', async () => {
      const since = encodeURIComponent(betweenV1AndReopen.toISOString());
      const { body } = await as('sub-stttt').get(`/timeline/STTTT?from=${since}&period=2021-Q1&net=true`).expect(200);
      expect(body.changes.map((change: { eventType: string }) => change.eventType)).toEqual([
        'ReportFinalized',
        'SubmissionApproved',
        'ReportReopened',
      ]);
      expect(body.net).toEqual([
        expect.objectContaining({
          period: '2021-Q1',
          criterion: '5.1.1',
          changes: 1,
          before: expect.objectContaining({ value: 'scored', pointsExact: '3/2' }),
          difference: 0.5,
          differenceExact: '1/2',
        }),
      ]);
      const criterion = await as('leader').get('/timeline/STTTT?criterion=5.1.1&net=true').expect(200);
      expect(criterion.body.changes).toHaveLength(3);
      expect(criterion.body.net).toEqual([
        expect.objectContaining({ period: '2021-Q1', changes: 2, differenceExact: '2' }),
        expect.objectContaining({ period: '2021-Q2', changes: 1, differenceExact: '2' }),
      ]);
      // SNV's correction after publication, up to now: 4 → 2.
      const snv = await as('leader').get('/timeline/SNV?from=2021-Q1&net=true').expect(200);
      expect(snv.body.net).toEqual([
        expect.objectContaining({ period: '2021-Q1', criterion: '7.1.1', differenceExact: '-2', difference: -2 }),
        expect.objectContaining({ period: '2021-Q2', criterion: '5.1.1', differenceExact: '1' }),
        expect.objectContaining({ period: '2021-Q2', criterion: '7.1.1', differenceExact: '4' }),
      ]);
    });

    it('answers 400 for bounds it cannot read or place, and for an unknown criterion', async () => {
      const leader = as('leader');
      const cases: Array<[string, string, string]> = [
        ['/timeline/STTTT?from=2021-Q3', 'from', 'REPORT_NOT_PUBLISHED'],
        ['/timeline/HUE?to=2021-Q1', 'to', 'REPORT_NOT_PUBLISHED'],
        ['/timeline/STTTT?from=2021-Q2&to=2021-Q1', 'to', 'RANGE_ENDS_BEFORE_START'],
        ['/timeline/STTTT?from=last-week', 'from', 'INVALID_TIMELINE_BOUND'],
        ['/timeline/STTTT?to=2021-Q7', 'to', 'INVALID_PERIOD'],
        ['/timeline/STTTT?criterion=9.9.9', 'criterion', 'UNKNOWN_CRITERION'],
      ];
      for (const [path, field, code] of cases) {
        const response = await leader.get(path).expect(400);
        expect({ path, error: response.body.errors[0] }).toMatchObject({ path, error: { field, code } });
      }
      await leader.get('/timeline/ZZNOUNIT').expect(404);
    });
  });

  describe('GET /reports/{unit}/{period} and …/compare', () => {
    it('lists the published versions, each as finalized and with the position it was built from', async () => {
      const { body } = await as('sub-stttt').get('/reports/STTTT/2021-Q1').expect(200);
      expect(body).toMatchObject({
        unit: 'STTTT',
        block: 'department',
        period: '2021-Q1',
        current: { status: 'finalized', version: 2 },
      });
      const [v1, v2] = body.versions as Array<{
        position: string;
        criteria: Array<{ code: string }>;
        groups: Array<{ code: string }>;
      }>;
      expect(v1).toMatchObject({
        version: 1,
        catalogue: 'tth-2020',
        finalizedBy: 'reviewer',
        total: { points: 6.7, pointsExact: '67/10', applicableMax: 256, percent: 2.62, percentExact: '335/128' },
      });
      expect(v1.criteria.find((c) => c.code === '5.1.1')).toMatchObject({
        title: expect.any(String),
        status: 'scored',
        points: 1.5,
        pointsExact: '3/2',
        submissionId: ids.stttt1,
      });
      expect(v1.groups.find((g) => g.code === '5')).toMatchObject({ depth: 1, pointsExact: '3/2', applicableMax: 71 });
      expect(v2).toMatchObject({ version: 2, total: { pointsExact: '36/5' } });
      expect(v2.criteria.find((c) => c.code === '5.1.1')).toMatchObject({ pointsExact: '2', submissionId: ids.stttt4 });
      expect(BigInt(v2.position)).toBeGreaterThan(BigInt(v1.position));
      expect(body.current.position).toBe(v2.position);

      const none = await as('sub-hue').get('/reports/HUE/2021-Q1').expect(200);
      expect(none.body).toMatchObject({ current: { status: 'open', version: 0 }, versions: [] });
      const nothing = await as('leader').get('/reports/HUE/2021-Q2').expect(200);
      expect(nothing.body).toMatchObject({
        current: { status: 'not_opened', version: 0, position: null },
        versions: [],
      });
    });

    it('compare shows the correction approved after publication', async () => {
      const { body } = await as('leader').get('/reports/SNV/2021-Q1/compare').expect(200);
      expect(body).toMatchObject({
        unit: 'SNV',
        period: '2021-Q1',
        published: {
          version: 1,
          finalizedBy: 'reviewer',
          total: { points: 6, pointsExact: '6', percentExact: '75/32' },
        },
        current: { status: 'reopened', version: 1, total: { points: 4, pointsExact: '4', percentExact: '25/16' } },
        changed: true,
      });
      expect(body.differences).toEqual([
        expect.objectContaining({
          code: 'I',
          kind: 'node',
          published: expect.objectContaining({ pointsExact: '6', status: null }),
          current: expect.objectContaining({ pointsExact: '4' }),
          difference: -2,
          differenceExact: '-2',
        }),
        expect.objectContaining({ code: '7', kind: 'node', differenceExact: '-2' }),
        expect.objectContaining({ code: '7.1', kind: 'node', differenceExact: '-2' }),
        {
          code: '7.1.1',
          kind: 'criterion',
          title: expect.any(String),
          published: { status: 'scored', points: 4, pointsExact: '4', applicableMax: 4, applicableMaxExact: '4' },
          current: { status: 'scored', points: 2, pointsExact: '2', applicableMax: 4, applicableMaxExact: '4' },
          difference: -2,
          differenceExact: '-2',
        },
      ]);
    });

    it('compare: nothing changed since the latest version; an older version by number; none published', async () => {
      const latest = await as('inspector').get('/reports/STTTT/2021-Q1/compare').expect(200);
      expect(latest.body).toMatchObject({ published: { version: 2 }, changed: false, differences: [] });
      const first = await as('inspector').get('/reports/STTTT/2021-Q1/compare?version=1').expect(200);
      expect(first.body.published.version).toBe(1);
      expect(
        first.body.differences.map((d: { code: string; differenceExact: string }) => [d.code, d.differenceExact]),
      ).toEqual([
        ['I', '1/2'],
        ['5', '1/2'],
        ['5.1', '1/2'],
        ['5.1.1', '1/2'],
      ]);
      const missing = await as('inspector').get('/reports/STTTT/2021-Q1/compare?version=3').expect(404);
      expect(missing.body.code).toBe('REPORT_VERSION_NOT_FOUND');
      const never = await as('sub-hue').get('/reports/HUE/2021-Q1/compare').expect(200);
      expect(never.body).toEqual({
        unit: 'HUE',
        period: '2021-Q1',
        published: null,
        current: null,
        changed: false,
        differences: [],
      });
    });
  });

  describe('who may read what', () => {
    const everyone: Array<Role | 'other-submitter'> = [...ROLES, 'other-submitter'];
    const usernameOf = (who: Role | 'other-submitter') =>
      who === 'other-submitter' ? 'sub-snv' : USERNAME_OF_ROLE[who];
    /** STTTT's own submitter is USERNAME_OF_ROLE.submitter (sub-stttt); SNV's reads STTTT as another unit. */
    const routes: Array<{ path: string; allowed: Record<Role | 'other-submitter', number> }> = [
      ...[
        '/scorecards/STTTT/2021-Q1',
        '/timeline/STTTT',
        '/reports/STTTT/2021-Q1',
        '/reports/STTTT/2021-Q1/compare',
        '/series?unit=STTTT&from=2021-Q1&to=2021-Q2',
      ].map((path) => ({ path, allowed: statuses(200, 403) })),
      ...['/rankings/2021-Q1', '/rollup/2021-Q1', '/series?scope=province&from=2021-Q1&to=2021-Q2'].map((path) => ({
        path,
        allowed: statuses(200, 200),
      })),
      {
        path: '/scorecards/STTTT/2021-Q1/check',
        allowed: {
          submitter: 403,
          reviewer: 403,
          lead_reviewer: 403,
          inspector: 200,
          leadership: 403,
          admin: 200,
          'other-submitter': 403,
        },
      },
    ];

    function statuses(everyoneElse: number, otherSubmitter: number): Record<Role | 'other-submitter', number> {
      const all = Object.fromEntries(ROLES.map((role) => [role, everyoneElse])) as Record<Role, number>;
      return { ...all, 'other-submitter': otherSubmitter };
    }

    it('answers each role as documented: submitters their own unit, check for inspectors and admins', async () => {
      const answers: string[] = [];
      const expected: string[] = [];
      for (const { path, allowed } of routes) {
        expect((await api.anonymous.get(path)).status).toBe(401);
        for (const who of everyone) {
          const response = await as(usernameOf(who)).get(path);
          answers.push(`${path} ${who} ${response.status} ${response.status === 403 ? response.body.code : ''}`);
          const status = allowed[who];
          const code = status !== 403 ? '' : path.endsWith('/check') ? 'ROLE_NOT_ALLOWED' : 'NOT_OWN_UNIT';
          expected.push(`${path} ${who} ${status} ${code}`);
        }
      }
      expect(answers).toEqual(expected);
    });
  });

  describe('a projection that disagrees with its events (negative control)', () => {
    const table = () => qualifiedTable(dataSource, 'criterion_scores');
    const where = `unit = 'STTTT' AND period = '2021-Q1' AND criterion = '5.1.1'`;

    afterAll(async () => {
      await dataSource.query(`UPDATE ${table()} SET points_exact = '2', points = 2 WHERE ${where}`);
    });

    it('check reports the mismatch; the as-of versions are separate rows, untouched', async () => {
      await dataSource.query(`UPDATE ${table()} SET points_exact = '1', points = 1 WHERE ${where}`);
      const { body } = await as('inspector').get('/scorecards/STTTT/2021-Q1/check').expect(200);
      expect(body).toMatchObject({ match: false, outcome: 'mismatch', eventsBehind: 0 });
      expect(body.differences).toEqual([
        { table: 'criterion_scores', row: '5.1.1', column: 'pointsExact', projected: '"1"', replayed: '"2"' },
        { table: 'criterion_scores', row: '5.1.1', column: 'points', projected: '"1.00"', replayed: '"2.00"' },
      ]);
      const projected = await as('inspector').get('/scorecards/STTTT/2021-Q1').expect(200);
      const replayed = await as('inspector').get('/scorecards/STTTT/2021-Q1?asOf=999999999').expect(200);
      const pointsOf = (card: { body: { criteria: Array<{ code: string; pointsExact: string }> } }) =>
        card.body.criteria.find((criterion) => criterion.code === '5.1.1')?.pointsExact;
      expect([pointsOf(projected), pointsOf(replayed)]).toEqual(['1', '2']);
    });
  });

  it('leaves GET /assessments and GET /review-queue answering from the event store, unchanged', async () => {
    const queue = await as('reviewer').get('/review-queue?unit=HUE').expect(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        unit: 'HUE',
        criterion: '7.1.1',
        submission: expect.objectContaining({ submissionId: ids.hue3 }),
      }),
    ]);
    const assessment = await as('sub-stttt').get('/assessments/STTTT/2021-Q1').expect(200);
    expect(assessment.body.totals.points.exact).toBe('36/5');
  });
});
