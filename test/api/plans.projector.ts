import { setTimeout as sleep } from 'node:timers/promises';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import { createReadModelDataSource, readCheckpoint } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { ProjectorRuntime } from '../../apps/projector/src/projections/projector-runtime';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../platform/support/platform-test-env';
import type { ApiTestApp } from './support';

/** The real projector (feed, BullMQ, worker) beside a test app, for the plan specs whose reads come from the read model. */
export interface PlanProjector {
  /** Bounded wait until the projector's checkpoint reaches the event store's head. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startPlanProjector(api: ApiTestApp, name: string): Promise<PlanProjector> {
  const dataSource: DataSource = createReadModelDataSource({
    url: TEST_DATABASE_URL,
    schema: api.env.READ_MODEL_SCHEMA,
    poolMax: 4,
    applicationName: name,
  });
  await dataSource.initialize();
  const store = new PostgresEventStore({
    connectionString: TEST_DATABASE_URL,
    schema: api.env.EVENT_STORE_SCHEMA,
    pollIntervalMs: 50,
    upcasters: DOMAIN_UPCASTERS,
  });
  const projector = new ProjectorRuntime({
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
  return {
    async settle(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const head = await store.headPosition();
        if ((await readCheckpoint(dataSource.manager)) >= head) return;
        if (Date.now() > deadline) throw new Error(`Projection did not reach the head ${head} in ${timeoutMs} ms`);
        await sleep(50);
      }
    },
    async stop() {
      await projector.stop(2_000);
      await store.close();
      await dataSource.destroy();
    },
  };
}
