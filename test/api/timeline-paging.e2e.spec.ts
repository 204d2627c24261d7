import { setTimeout as sleep } from 'node:timers/promises';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, migrateReadModel, readCheckpoint } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { ProjectorRuntime } from '../../apps/projector/src/projections/projector-runtime';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../platform/support/platform-test-env';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * The unit's timeline as an inspector pages through it (issue #10, #12): through HTTP against the real app
 * and projector. STTTT 2021-Q1 gets two approvals and then 55 finalize/reopen rounds, 113 entries in all,
 * every command sent with an `X-Correlation-Id` of the test's own; SNV gets one approval (another unit's
 * entries never show). Pages are newest first, keyset on the global position.
 */
interface Change {
  eventId: string;
  eventType: string;
  criterion: string | null;
  actor: string;
  position: string;
  correlationId: string | null;
  commandId: string | null;
  occurredAt: string;
}

interface Page {
  changes: Change[];
  nextCursor: string | null;
  truncated: boolean;
  net: unknown;
}

const ROUNDS = 55;
const ENTRIES = 1 + 2 + 2 * ROUNDS;

describe('GET /timeline/{unit}: pages, filters and correlation ids', () => {
  let api: ApiTestApp;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let projector: ProjectorRuntime;
  const clients = new Map<string, HttpClient>();
  const as = (username: string): HttpClient => clients.get(username)!;
  /** Instants around the finalize/reopen rounds (the API stamps commands with its clock: this process's). */
  let roundsBegin: Date;
  let roundsEnd: Date;
  /** Every entry of STTTT, newest first, as the first test paged it. */
  let everything: Change[] = [];

  async function command(username: string, path: string, correlationId: string, body?: object): Promise<void> {
    await as(username).post(path, body).set('X-Correlation-Id', correlationId).expect(200);
  }

  async function waitForProjection(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await readCheckpoint(dataSource.manager)) < (await store.headPosition())) {
      if (Date.now() > deadline) throw new Error(`the projection did not reach the head in ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** Follows nextCursor from the first page to the last; returns the pages. */
  async function allPages(query: string): Promise<Page[]> {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const { body } = await as('inspector').get(`/timeline/STTTT?${query}${suffix}`).expect(200);
      pages.push(body as Page);
      cursor = (body as Page).nextCursor;
    } while (cursor !== null && pages.length < 50);
    return pages;
  }

  const positionsOf = (changes: readonly Change[]): bigint[] => changes.map((change) => BigInt(change.position));
  const strictlyDescending = (positions: readonly bigint[]): boolean =>
    positions.every((position, i) => i === 0 || position < positions[i - 1]);

  beforeAll(async () => {
    api = await startApiTestApp();
    dataSource = createReadModelDataSource({
      url: TEST_DATABASE_URL,
      schema: api.env.READ_MODEL_SCHEMA,
      poolMax: 4,
      applicationName: 'timeline-paging-e2e',
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
    for (const username of ['sub-stttt', 'sub-snv', 'reviewer', 'reviewer2', 'lead', 'inspector']) {
      clients.set(username, await api.as(username));
    }

    const q1 = '2021-Q1';
    const submit = async (
      submitter: string,
      unit: string,
      criterion: string,
      inputs: object,
      correlationId: string,
    ) => {
      const { body } = await as(submitter)
        .post(`/assessments/${unit}/${q1}/criteria/${criterion}/submissions`, { inputs })
        .set('X-Correlation-Id', correlationId)
        .expect(201);
      return body.submissionId as string;
    };
    const first = await submit('sub-stttt', 'STTTT', '5.1.1', { a: 200, b: 150 }, 'tl-submit-1');
    await command('reviewer', `/assessments/STTTT/${q1}/submissions/${first}/approve`, 'tl-approve-1', {});
    const second = await submit('sub-stttt', 'STTTT', '7.1.1', { a: 50, b: 4 }, 'tl-submit-2');
    await command('reviewer2', `/assessments/STTTT/${q1}/submissions/${second}/approve`, 'tl-approve-2', {});
    const snv = await submit('sub-snv', 'SNV', '5.1.1', { a: 100, b: 100 }, 'tl-snv-submit');
    await command('reviewer2', `/assessments/SNV/${q1}/submissions/${snv}/approve`, 'tl-snv-approve', {});
    await sleep(20);
    roundsBegin = new Date();
    await sleep(20);
    for (let round = 0; round < ROUNDS; round++) {
      await command('reviewer', `/assessments/STTTT/${q1}/finalize`, `tl-finalize-${round}`);
      await command('lead', `/assessments/STTTT/${q1}/reopen`, `tl-reopen-${round}`, {
        reason: `Vòng rà soát ${round}`,
      });
    }
    await sleep(20);
    roundsEnd = new Date();
    await waitForProjection();
  }, 300_000);

  afterAll(async () => {
    await projector?.stop(2_000);
    await store?.close();
    await dataSource?.destroy();
    await api?.close();
  });

  it('pages chain newest first without gaps or duplicates, 50 by default and at most 100', async () => {
    const pages = await allPages('period=2021-Q1');
    expect(pages.map((page) => page.changes.length)).toEqual([50, 50, ENTRIES - 100]);
    expect(pages.map((page) => page.truncated)).toEqual([true, true, false]);
    expect(pages[2].nextCursor).toBeNull();
    everything = pages.flatMap((page) => page.changes);
    expect(new Set(everything.map((change) => change.eventId)).size).toBe(ENTRIES);
    expect(strictlyDescending(positionsOf(everything))).toBe(true);
    expect(everything[ENTRIES - 1].eventType).toBe('AssessmentOpened');
    expect(everything[0].eventType).toBe('ReportReopened');

    // The largest pages chain the same way; without the period filter, the unit's whole history is the same.
    const large = await allPages('limit=100');
    expect(large.map((page) => page.changes.length)).toEqual([100, ENTRIES - 100]);
    expect(large.flatMap((page) => page.changes)).toEqual(everything);
    const small = await allPages('limit=7');
    expect(small).toHaveLength(Math.ceil(ENTRIES / 7));
    expect(small.flatMap((page) => page.changes)).toEqual(everything);
    expect(small.every((page) => page.net === null)).toBe(true);
  });

  it('stays stable while changes are appended: the pages after the one held do not move', async () => {
    const { body: held } = await as('inspector').get('/timeline/STTTT?limit=30').expect(200);
    expect((held as Page).changes).toEqual(everything.slice(0, 30));
    // Two more changes are recorded and projected while the inspector reads the first page.
    await command('reviewer', '/assessments/STTTT/2021-Q1/finalize', 'tl-finalize-late');
    await command('lead', '/assessments/STTTT/2021-Q1/reopen', 'tl-reopen-late', { reason: 'Rà soát bổ sung' });
    await waitForProjection();
    const rest: Change[] = [];
    let cursor: string | null = (held as Page).nextCursor;
    while (cursor !== null) {
      const { body } = await as('inspector').get(`/timeline/STTTT?limit=30&cursor=${encodeURIComponent(cursor)}`);
      rest.push(...(body as Page).changes);
      cursor = (body as Page).nextCursor;
    }
    expect([...(held as Page).changes, ...rest]).toEqual(everything);
    // A new first page starts with them.
    const { body: fresh } = await as('inspector').get('/timeline/STTTT?limit=3').expect(200);
    expect((fresh as Page).changes.map((change) => change.correlationId)).toEqual([
      'tl-reopen-late',
      'tl-finalize-late',
      everything[0].correlationId,
    ]);
  });

  it('carries the correlation id each command was sent with, and its command id', async () => {
    const byCorrelation = new Map(everything.map((change) => [change.correlationId, change]));
    expect(byCorrelation.get('tl-approve-1')).toMatchObject({ eventType: 'SubmissionApproved', criterion: '5.1.1' });
    expect(byCorrelation.get('tl-approve-2')).toMatchObject({ actor: 'reviewer2', criterion: '7.1.1' });
    // The first submission opened the quarter: its request is the opening's.
    expect(byCorrelation.get('tl-submit-1')).toMatchObject({ eventType: 'AssessmentOpened' });
    for (let round = 0; round < ROUNDS; round++) {
      expect(byCorrelation.get(`tl-finalize-${round}`)?.eventType).toBe('ReportFinalized');
      expect(byCorrelation.get(`tl-reopen-${round}`)).toMatchObject({ eventType: 'ReportReopened', actor: 'lead' });
    }
    expect(byCorrelation.size).toBe(ENTRIES);
    expect(everything.every((change) => typeof change.commandId === 'string' && change.commandId !== '')).toBe(true);
    expect(new Set(everything.map((change) => change.commandId)).size).toBe(ENTRIES);
  });

  it('filters by actor, criterion, period and when it was done, on the server, page by page', async () => {
    const reopenings = (await allPages('actor=lead&limit=20')).flatMap((page) => page.changes);
    expect(reopenings).toHaveLength(ROUNDS + 1);
    expect(reopenings.every((change) => change.actor === 'lead' && change.eventType === 'ReportReopened')).toBe(true);
    expect(strictlyDescending(positionsOf(reopenings))).toBe(true);

    // An account by its username, in any case; SNV's approval by the same reviewer is not STTTT's.
    const byReviewer2 = (await allPages('actor=REVIEWER2')).flatMap((page) => page.changes);
    expect(byReviewer2.map((change) => change.correlationId)).toEqual(['tl-approve-2']);
    const criterion = (await allPages('criterion=5.1.1')).flatMap((page) => page.changes);
    expect(criterion.map((change) => change.correlationId)).toEqual(['tl-approve-1']);
    expect((await allPages('period=2021-Q2'))[0].changes).toEqual([]);

    const window = `occurredFrom=${encodeURIComponent(roundsBegin.toISOString())}&occurredTo=${encodeURIComponent(roundsEnd.toISOString())}`;
    const rounds = (await allPages(`${window}&limit=100`)).flatMap((page) => page.changes);
    expect(rounds).toEqual(everything.slice(0, 2 * ROUNDS));
    const before = (await allPages(`occurredTo=${encodeURIComponent(roundsBegin.toISOString())}`)).flatMap(
      (page) => page.changes,
    );
    expect(before).toEqual(everything.slice(2 * ROUNDS));
    // Filters combine: the lead's changes in the window, in a Vietnamese offset.
    const vietnam = new Date(roundsBegin.getTime() + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    const combined = (await allPages(`actor=lead&occurredFrom=${encodeURIComponent(vietnam)}&limit=100`)).flatMap(
      (page) => page.changes,
    );
    expect(combined).toHaveLength(ROUNDS + 1);

    // The net over every matching change, not only the page.
    const { body } = await as('inspector').get('/timeline/STTTT?limit=1&net=true').expect(200);
    expect((body as Page).changes).toHaveLength(1);
    expect((body as { net: Array<{ criterion: string; changes: number }> }).net).toEqual([
      expect.objectContaining({ period: '2021-Q1', criterion: '5.1.1', changes: 1, differenceExact: '3/2' }),
      expect.objectContaining({ period: '2021-Q1', criterion: '7.1.1', changes: 1, differenceExact: '16/5' }),
    ]);
  });

  it('answers 400 naming the parameter it cannot read', async () => {
    const inspector = as('inspector');
    const cursor = everything[10].position;
    const cases: Array<[string, string, string | undefined]> = [
      ['/timeline/STTTT?cursor=not-a-cursor', 'cursor', 'INVALID_CURSOR'],
      [`/timeline/STTTT?cursor=${cursor}`, 'cursor', 'INVALID_CURSOR'],
      [`/timeline/STTTT?cursor=${Buffer.from('p-5').toString('base64url')}`, 'cursor', 'INVALID_CURSOR'],
      ['/timeline/STTTT?actor=9lives', 'actor', 'INVALID_ACTOR'],
      ['/timeline/STTTT?occurredFrom=yesterday', 'occurredFrom', 'INVALID_INSTANT'],
      ['/timeline/STTTT?occurredTo=2021-04-10', 'occurredTo', 'INVALID_INSTANT'],
      [
        '/timeline/STTTT?occurredFrom=2021-05-01T00:00:00Z&occurredTo=2021-04-01T00:00:00Z',
        'occurredTo',
        'RANGE_ENDS_BEFORE_START',
      ],
      ['/timeline/STTTT?limit=101', 'limit', undefined],
      ['/timeline/STTTT?limit=0', 'limit', undefined],
      ['/timeline/STTTT?limit=ten', 'limit', undefined],
      ['/timeline/STTTT?net=yes', 'net', undefined],
    ];
    for (const [path, field, code] of cases) {
      const response = await inspector.get(path).expect(400);
      expect({ path, error: response.body.errors[0] }).toMatchObject({
        path,
        error: { field, ...(code === undefined ? {} : { code }) },
      });
    }
  });
});
