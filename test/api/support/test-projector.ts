import { setTimeout as sleep } from 'node:timers/promises';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, readCheckpoint } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { ProjectorRuntime } from '../../../apps/projector/src/projections/projector-runtime';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../platform/support/platform-test-env';

/** The real projector (feed, BullMQ queue, worker) over a test app's schemas and Redis prefix. */
export interface TestProjector {
  /** Bounded wait until the projector's stored checkpoint reaches the event store's head. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestProjector(env: Readonly<Record<string, string>>, name: string): Promise<TestProjector> {
  const dataSource: DataSource = createReadModelDataSource({
    url: TEST_DATABASE_URL,
    schema: env.READ_MODEL_SCHEMA,
    poolMax: 4,
    applicationName: name,
  });
  await dataSource.initialize();
  const store = new PostgresEventStore({
    connectionString: TEST_DATABASE_URL,
    schema: env.EVENT_STORE_SCHEMA,
    pollIntervalMs: 20,
    upcasters: DOMAIN_UPCASTERS,
  });
  const projector = new ProjectorRuntime({
    store,
    dataSource,
    redisUrl: TEST_REDIS_URL,
    prefix: env.BULLMQ_PREFIX,
    retry: { attempts: 3, backoffMs: 50 },
    feed: { pumpIntervalMs: 10, maxInFlight: 10_000, resubscribeInitialMs: 50, resubscribeMaxMs: 500 },
    recheckMs: 30,
    retryDelayMs: 200,
    concurrency: 4,
  });
  projector.start();
  return {
    async settle(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const head = await store.headPosition();
        if ((await readCheckpoint(dataSource.manager)) >= head) return;
        if (Date.now() > deadline) throw new Error(`Projection did not reach the head ${head} in ${timeoutMs} ms`);
        await sleep(10);
      }
    },
    async stop() {
      await projector.stop(2_000);
      await store.close();
      await dataSource.destroy();
    },
  };
}
