import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import request from 'supertest';
import {
  createReadModelDataSource,
  findRankings,
  findScorecard,
  migrateReadModel,
  readProjectionStatus,
  withApplicationName,
} from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { ProjectorRuntime } from '../../apps/projector/src/projections/projector-runtime';
import { buildCli } from '../../apps/cli/src/cli';
import type { CliContext } from '../../apps/cli/src/cli-context';
import { projectionsCommand } from '../../apps/cli/src/commands/projections/projections.command';
import { startApiTestApp, type ApiTestApp } from '../api/support';
import { Workflow } from '../projections/support/workflow';
import { TEST_DATABASE_URL, TEST_REDIS_URL, waitFor } from './support/operations-harness';

/**
 * A job that keeps failing is parked after its attempts: the projector goes on with every other key,
 * operators see it in `projections status --json` and in bull-board's API, and `projections
 * retry-parked` gives it another round.
 */
describe('a job that keeps failing', () => {
  let api: ApiTestApp;
  let dataSource: DataSource;
  let projector: ProjectorRuntime;
  let workflow: Workflow;

  beforeAll(async () => {
    api = await startApiTestApp();
    dataSource = createReadModelDataSource({
      url: withApplicationName(TEST_DATABASE_URL, `ops_parked_${randomUUID().slice(0, 8)}`),
      schema: api.env.READ_MODEL_SCHEMA,
      poolMax: 4,
    });
    await dataSource.initialize();
    await migrateReadModel(dataSource);
    projector = new ProjectorRuntime({
      store: api.store,
      dataSource,
      redisUrl: TEST_REDIS_URL,
      prefix: api.env.BULLMQ_PREFIX,
      retry: { attempts: 3, backoffMs: 50 },
      feed: { pumpIntervalMs: 20, maxInFlight: 10_000, resubscribeInitialMs: 50, resubscribeMaxMs: 500 },
      recheckMs: 60,
      retryDelayMs: 200,
    });
    projector.start();
    workflow = new Workflow(api.store);
  });

  afterAll(async () => {
    await projector?.stop(2_000);
    await dataSource?.destroy();
    await api?.close();
  });

  it('is parked after its attempts, shown by the CLI and bull-board, and blocks no other key', async () => {
    // One unit-quarter poisoned by an event no upcaster reads; two others keep arriving.
    await workflow.assessment('STTTT', '2021-Q1').submit('stttt-1', '5.1.1', { a: 10, b: 5 });
    const poison = await api.store.append(
      'assessment-STTTT-2021Q1',
      [
        {
          id: randomUUID(),
          type: 'CriterionSubmitted',
          schemaVersion: 9,
          data: { unit: 'STTTT', period: '2021-Q1' },
          metadata: {
            actor: 'kiem.thu',
            role: 'admin',
            occurredAt: '2021-02-10T09:00:00+07:00',
            commandId: randomUUID(),
            correlationId: randomUUID(),
          },
        },
      ],
      'stream_exists',
    );
    const snv = workflow.assessment('SNV', '2021-Q1');
    await snv.submit('snv-1', '5.1.1', { a: 100, b: 100 });
    await snv.approve('snv-1');
    const skhdt = workflow.assessment('SKHDT', '2021-Q1');
    await skhdt.submit('skhdt-1', '5.1.1', { a: 4, b: 1 });
    await skhdt.approve('skhdt-1');

    await waitForCheckpointAtHead();
    const db = dataSource.manager;
    expect((await findScorecard(db, { unit: 'SNV', period: '2021-Q1' }))?.report.pointsExact).toBe('2');
    expect((await findScorecard(db, { unit: 'SKHDT', period: '2021-Q1' }))?.report.pointsExact).toBe('1/2');
    expect(await findScorecard(db, { unit: 'STTTT', period: '2021-Q1' })).toBeNull();
    expect((await findRankings(db, { period: '2021-Q1', block: 'department' })).slice(0, 2)).toEqual([
      expect.objectContaining({ unit: 'SNV', rank: 1 }),
      expect.objectContaining({ unit: 'SKHDT', rank: 2 }),
    ]);

    // `projections status --json`.
    const status = await runProjectionsCli(['status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      lag: { events: 0 },
      parked: [
        {
          jobKey: 'assessment-STTTT-2021Q1',
          covers: poison.position.toString(),
          attempts: 3,
          errorCode: 'UNSUPPORTED_EVENT',
        },
      ],
    });

    // bull-board's API, as an admin: the job in the projection queue's failed set.
    const admin = await api.login('admin');
    await waitFor(async () => (await projector.queue.getFailedCount()) > 0, 'the parked job in the failed set');
    const board = await request(api.server)
      .get('/admin/queues/api/queues?activeQueue=projections&status=failed&page=1')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const queue = (board.body.queues as Array<BoardQueue>).find((candidate) => candidate.name === 'projections');
    expect(queue?.counts.failed).toBe(1);
    expect(queue?.jobs).toEqual([
      expect.objectContaining({
        name: 'assessment',
        data: { key: 'assessment-STTTT-2021Q1' },
        attempts: 3,
        isFailed: true,
      }),
    ]);

    // Another round for it (with the default attempts and backoff): it runs, and fails again, still poisoned.
    const retried = await runProjectionsCli(['retry-parked', '--json']);
    expect(retried.code).toBe(0);
    const [again] = JSON.parse(retried.stdout).retried as Array<{ jobKey: string; jobId: string }>;
    expect(again.jobKey).toBe('assessment-STTTT-2021Q1');
    await waitFor(
      async () => ((await projector.queue.getJob(again.jobId))?.attemptsMade ?? 0) >= 1,
      'the re-enqueued job to run and fail again',
    );
    expect((await projector.queue.getJob(again.jobId))?.opts).toMatchObject({ attempts: 5, backoff: { delay: 1000 } });
  });

  async function waitForCheckpointAtHead(): Promise<void> {
    await waitFor(async () => {
      const status = await readProjectionStatus(dataSource.manager);
      return status.checkpoint >= (await api.store.headPosition()) && status.parked.length === 1;
    }, 'the checkpoint at the head with the poison parked');
  }

  /** `dti projections …` in this process, with the API's settings. */
  async function runProjectionsCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const saved = { ...process.env };
    Object.assign(process.env, api.env);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    let code = 0;
    const context: CliContext = { io: { stdin: new PassThrough(), stdout, stderr }, exit: (c) => (code = c) };
    try {
      await buildCli([projectionsCommand], context)
        .exitOverride()
        .parseAsync(['node', 'dti', 'projections', ...args]);
    } finally {
      process.env = saved;
    }
    return { code, stdout: out, stderr: err };
  }
});

interface BoardQueue {
  name: string;
  counts: Record<string, number>;
  jobs: Array<{ name: string; data: unknown; attempts: number; isFailed: boolean }>;
}
