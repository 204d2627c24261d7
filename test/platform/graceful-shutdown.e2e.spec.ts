import { BullModule, InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Controller, Get, INestApplication, Injectable } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule } from '../../apps/api/src/app.module';
import { Public } from '../../apps/api/src/auth/public.decorator';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { bootApp } from './support/boot-app';
import { TEST_REDIS_URL, platformTestEnv, useEnv } from './support/platform-test-env';

// Public: these tests are about error shapes and shutdown, not authentication.
@Public()
@Controller('test-only')
class SlowController {
  @Get('slow')
  async slow(): Promise<{ done: true }> {
    await sleep(700);
    return { done: true };
  }
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

describe('graceful shutdown of the API', () => {
  const run = platformTestEnv();
  afterAll(() => run.cleanUp());

  it('lets an in-flight request finish, then refuses new connections', async () => {
    useEnv({ ...run.env, SHUTDOWN_TIMEOUT_MS: '5000' });
    const app = await bootApp({ imports: [AppModule], controllers: [SlowController] });
    const url = await listen(app);

    const inFlight = fetch(`${url}/test-only/slow`);
    await sleep(150); // the request is now being handled
    const closing = app.close();
    await sleep(50);
    await expect(fetch(`${url}/health`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
  });

  it('cuts requests still running at SHUTDOWN_TIMEOUT_MS', async () => {
    useEnv({ ...run.env, SHUTDOWN_TIMEOUT_MS: '200' });
    const app = await bootApp({ imports: [AppModule], controllers: [SlowController] });
    const url = await listen(app);

    const inFlight = fetch(`${url}/test-only/slow`).then(
      () => 'answered',
      () => 'cut off',
    );
    await sleep(100);
    // close() returning at all while the handler still sleeps is the proof; no wall-clock assertion.
    await app.close();
    expect(await inFlight).toBe('cut off');
  });
});

describe('graceful shutdown of the projector BullMQ workers', () => {
  const QUEUE = 'shutdown-test';
  const run = platformTestEnv();
  afterAll(() => run.cleanUp());

  @Processor(QUEUE, { lockDuration: 1_000, stalledInterval: 500 })
  class SlowProcessor extends WorkerHost {
    async process(job: Job<{ ms?: number }>): Promise<string> {
      // Without `ms` the job never ends, like one stuck on a dead dependency; it also leaves nothing
      // behind (no timer, no late completion on a closed connection) once the test has moved on.
      if (job.data.ms === undefined) await new Promise<never>(() => undefined);
      await sleep(job.data.ms);
      return 'done';
    }
  }

  @Injectable()
  class Jobs {
    constructor(@InjectQueue(QUEUE) readonly queue: Queue) {}
  }

  async function bootProjector(shutdownTimeoutMs: number): Promise<{ app: INestApplication; queue: Queue }> {
    useEnv({ ...run.env, SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) });
    const app = await bootApp({
      imports: [ProjectorModule, BullModule.registerQueue({ name: QUEUE })],
      providers: [SlowProcessor, Jobs],
    });
    await app.init();
    return { app, queue: app.get(Jobs).queue };
  }

  async function waitUntilActive(job: Job): Promise<void> {
    for (let i = 0; i < 100 && (await job.getState()) !== 'active'; i++) await sleep(20);
    expect(await job.getState()).toBe('active');
  }

  it('waits for an active job to finish before closing', async () => {
    const { app, queue } = await bootProjector(5_000);
    const job = await queue.add('slow', { ms: 600 });
    await waitUntilActive(job);

    await app.close();

    const reader = new Queue(QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: run.env.BULLMQ_PREFIX });
    try {
      const finished = await Job.fromId(reader, job.id!);
      expect(await finished?.getState()).toBe('completed');
      expect(finished?.returnvalue).toBe('done');
    } finally {
      await reader.close();
    }
  });

  it('past SHUTDOWN_TIMEOUT_MS force-closes, and the unfinished job returns to the queue', async () => {
    const { app, queue } = await bootProjector(200);
    const job = await queue.add('stuck', {}, { attempts: 1 });
    await waitUntilActive(job);

    // The stuck job never ends by itself: close() returning is the force-close.
    await app.close();

    // Another projector instance picks the job up once the dead worker's lock expires.
    let finishedBy: string | undefined;
    const successor = new Worker(
      QUEUE,
      async () => {
        finishedBy = 'successor';
        return 'done';
      },
      { connection: { url: TEST_REDIS_URL }, prefix: run.env.BULLMQ_PREFIX, stalledInterval: 300, lockDuration: 1_000 },
    );
    try {
      for (let i = 0; i < 100 && finishedBy === undefined; i++) await sleep(100);
      expect(finishedBy).toBe('successor');
    } finally {
      await successor.close();
    }
  });
});
