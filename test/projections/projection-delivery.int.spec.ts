import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { PostgresEventStore } from '@dti/event-store';
import {
  findRankings,
  findScorecard,
  readCheckpoint,
  readProjectionStatus,
  UnrecognizedEventEntity,
} from '@dti/read-model';
import {
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  createProjectionHarness,
  type ProjectionHarness,
} from './support/projection-harness';
import { Workflow } from './support/workflow';

/**
 * How events reach the projection whatever happens on the way: appends committing late, poison jobs,
 * Redis losing its queue, the subscription's connection dying.
 */
describe('projection delivery', () => {
  let harness: ProjectionHarness;
  let workflow: Workflow;
  const db = () => harness.dataSource.manager;

  beforeAll(async () => {
    harness = await createProjectionHarness('deliv');
    workflow = new Workflow(harness.store);
    for (const code of ['STTTT', 'SNV', 'SYT', 'SGDDT', 'STC'])
      await workflow.registerUnit(code, `Sở ${code}`, 'department');
  });

  afterEach(async () => {
    // A failed expectation must not leave a projector running into the next test.
    await harness?.stopRuntimes();
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  it('projects an event appended while another append transaction is held open', async () => {
    const runtime = harness.runtime();
    runtime.start();
    await harness.waitForCheckpointAtHead();
    const before = await readCheckpoint(db());

    // The first append stops just before COMMIT, holding the store's append lock.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let parked!: () => void;
    const isParked = new Promise<void>((resolve) => (parked = resolve));
    const holder = new PostgresEventStore({
      pool: harness.pool,
      schema: harness.eventStoreSchema,
      beforeCommit: async () => {
        parked();
        await released;
      },
    });
    const held = new Workflow(holder).assessment('STTTT', '2021-Q1').submit('held-1', '5.1.1', { a: 10, b: 5 });
    await isParked;
    // The second append waits behind the first one's lock; meanwhile nothing new is visible or checkpointed.
    const second = workflow.assessment('SNV', '2021-Q1').submit('second-1', '5.1.1', { a: 10, b: 10 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await readCheckpoint(db())).toBe(before);

    release();
    await Promise.all([held, second]);
    await harness.waitForCheckpointAtHead();
    const stttt = await findScorecard(db(), { unit: 'STTTT', period: '2021-Q1' });
    const snv = await findScorecard(db(), { unit: 'SNV', period: '2021-Q1' });
    expect(stttt?.criteria.find((c) => c.criterion === '5.1.1')?.pendingSubmissionId).toBe('held-1');
    expect(snv?.criteria.find((c) => c.criterion === '5.1.1')?.pendingSubmissionId).toBe('second-1');
    await holder.close();
    await runtime.stop();
  });

  it('parks a poison job after its attempts, records unknown events, and goes on projecting other keys', async () => {
    const runtime = harness.runtime();
    runtime.start();
    // A valid opening, then an event no upcaster can read (schema version 7 of CriterionSubmitted).
    await workflow.assessment('SYT', '2021-Q1').submit('syt-1', '5.1.1', { a: 10, b: 1 });
    const poison = await harness.store.append(
      'assessment-SYT-2021Q1',
      [rawEvent('CriterionSubmitted', 7, { unit: 'SYT', period: '2021-Q1', criterion: '5.1.1' })],
      'stream_exists',
    );
    const unknown = await harness.store.append(
      'survey-2021',
      [rawEvent('SurveyOpened', 1, { title: 'Khảo sát' })],
      'any',
    );
    const other = workflow.assessment('SGDDT', '2021-Q1');
    await other.submit('sgddt-1', '5.1.1', { a: 4, b: 3 });
    await other.approve('sgddt-1');

    await harness.waitForCheckpointAtHead();
    const status = await readProjectionStatus(db());
    expect(status.parked).toEqual([
      expect.objectContaining({
        jobKey: 'assessment-SYT-2021Q1',
        jobName: 'assessment',
        covers: poison.position.toString(),
        attempts: 3,
        errorCode: 'UNSUPPORTED_EVENT',
      }),
    ]);
    // Parking is recorded before the worker throws; BullMQ moves the job to the failed set just after.
    await waitFor(
      async () => (await runtime.queue.getFailed()).some((job) => job.data.key === 'assessment-SYT-2021Q1'),
      'the poison job in the failed set',
    );
    const failed = await runtime.queue.getFailed();
    expect(failed.find((job) => job.data.key === 'assessment-SYT-2021Q1')?.attemptsMade).toBe(3);
    // Nothing of the poisoned key was written; the others were.
    expect(await findScorecard(db(), { unit: 'SYT', period: '2021-Q1' })).toBeNull();
    expect((await findScorecard(db(), { unit: 'SGDDT', period: '2021-Q1' }))?.report.pointsExact).toBe('3/2');
    expect((await findRankings(db(), { period: '2021-Q1', block: 'department' }))[0]).toMatchObject({
      unit: 'SGDDT',
      rank: 1,
    });
    expect(await db().find(UnrecognizedEventEntity)).toEqual([
      expect.objectContaining({ position: unknown.position.toString(), streamId: 'survey-2021', type: 'SurveyOpened' }),
    ]);

    // A later event of the poisoned key parks again (the parked row covers it); the checkpoint still moves.
    const later = await harness.store.append(
      'assessment-SYT-2021Q1',
      [rawEvent('SubmissionWithdrawn', 1, { unit: 'SYT', period: '2021-Q1', criterion: '5.1.1' })],
      'stream_exists',
    );
    await harness.waitForCheckpointAtHead();
    const again = await readProjectionStatus(db());
    expect(again.parked).toHaveLength(1);
    expect(again.parked[0]).toMatchObject({ covers: later.position.toString(), attempts: 6 });
    await runtime.stop();

    // A restarted projector gives parked jobs one more round (what heals them once a fix is deployed).
    const restarted = harness.runtime();
    restarted.start();
    await waitFor(
      async () => (await readProjectionStatus(db())).parked[0]?.attempts === 9,
      'the parked job to be retried',
    );
    await restarted.stop();
  });

  it('loses no update when Redis loses the queued jobs', async () => {
    const feedOnly = harness.runtime({ runWorker: false });
    feedOnly.start();
    const start = await readCheckpoint(db());
    const stc = workflow.assessment('STC', '2021-Q2');
    await stc.submit('stc-1', '5.1.1', { a: 8, b: 6 });
    await stc.approve('stc-1');
    await waitFor(
      // Jobs carry a priority (period jobs first): waiting ones are in BullMQ's 'prioritized' state.
      async () =>
        (await feedOnly.queue.getJobs(['waiting', 'prioritized'])).some(
          (job) => job.data.key === 'assessment-STC-2021Q2',
        ),
      'the STC job to be queued',
    );

    // What a Redis restart without persistence does to this queue: every key of it is gone.
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`${harness.prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    // Nothing ran, so the checkpoint cannot have passed the lost work.
    expect(await readCheckpoint(db())).toBe(start);

    const workerOnly = harness.runtime({ runFeed: false });
    workerOnly.start();
    await harness.waitForCheckpointAtHead();
    expect((await findScorecard(db(), { unit: 'STC', period: '2021-Q2' }))?.report.pointsExact).toBe('3/2');
    await feedOnly.stop();
    await workerOnly.stop();
  });

  it('resubscribes from its checkpoint, with backoff, after the subscription fails', async () => {
    const said: string[] = [];
    const logger = {
      log: (m: string) => said.push(m),
      warn: (m: string) => said.push(m),
      error: (m: string) => said.push(m),
    };
    const runtime = harness.runtime({ logger });
    runtime.start();
    await harness.waitForCheckpointAtHead();

    // A lost connection: the pool replaces killed clients, and the store keeps serving.
    const killer = new Client({ connectionString: TEST_DATABASE_URL });
    await killer.connect();
    try {
      const { rows } = await killer.query<{ killed: boolean }>(
        'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1',
        [harness.applicationName],
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await killer.end();
    }
    // A failing read: the log's table is out of reach until it is put back.
    const events = `"${harness.eventStoreSchema}".events`;
    // The pool may hand out an idle client it has not yet seen die: the statement is retried on a live one.
    await retryOnLostConnection(() => harness.pool.query(`ALTER TABLE ${events} RENAME TO events_away`));
    try {
      await waitFor(
        async () => said.some((m) => m.startsWith('Projection feed subscription failed (2)')),
        'two failed subscriptions',
      );
    } finally {
      await harness.pool.query(`ALTER TABLE "${harness.eventStoreSchema}".events_away RENAME TO events`);
    }
    const snv = workflow.assessment('SNV', '2021-Q2');
    await snv.submit('snv-q2-1', '5.1.1', { a: 5, b: 5 });
    await snv.approve('snv-q2-1');
    await harness.waitForCheckpointAtHead();
    expect((await findScorecard(db(), { unit: 'SNV', period: '2021-Q2' }))?.report.pointsExact).toBe('2');
    expect(said.some((m) => m.startsWith('Projection feed resubscribed from position'))).toBe(true);
    await runtime.stop();
  });
});

function rawEvent(type: string, schemaVersion: number, data: Record<string, unknown>) {
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: 'kiem.thu',
      role: 'admin',
      occurredAt: '2021-02-10T09:00:00+07:00',
      commandId: randomUUID(),
      correlationId: randomUUID(),
    },
  };
}

async function retryOnLostConnection<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== '57P01') throw error;
    }
  }
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
