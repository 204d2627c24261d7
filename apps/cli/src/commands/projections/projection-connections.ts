import { Queue } from 'bullmq';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { createEventStore, type ManagedEventStore } from '@dti/event-store';
import { loadPlatformConfig, type PlatformConfig } from '@dti/platform';
import { PROJECTION_QUEUE, createReadModelDataSource, withApplicationName } from '@dti/read-model';
import type { DataSource } from 'typeorm';

export interface ProjectionConnections {
  config: PlatformConfig;
  store: ManagedEventStore;
  dataSource: DataSource;
  /** Only when asked for: `check` never touches Redis. */
  queue: Queue | undefined;
  close(): Promise<void>;
}

/**
 * What the projections commands use, from the same settings as the apps (DATABASE_URL,
 * EVENT_STORE_SCHEMA, READ_MODEL_SCHEMA, REDIS_URL, BULLMQ_PREFIX…). Nothing is migrated; `rebuild` and
 * `retry-parked` are the commands that write. Connections carry `applicationName` (default dti-cli), so
 * an operator finds them in pg_stat_activity.
 */
export async function openProjectionConnections(options: {
  queue: boolean;
  applicationName?: string;
}): Promise<ProjectionConnections> {
  const config = loadPlatformConfig(process.env);
  const applicationName = options.applicationName ?? 'dti-cli';
  const store = createEventStore({
    eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: withApplicationName(config.DATABASE_URL, applicationName),
    schema: config.EVENT_STORE_SCHEMA,
    upcasters: DOMAIN_UPCASTERS,
  });
  const dataSource = createReadModelDataSource({
    url: config.DATABASE_URL,
    schema: config.READ_MODEL_SCHEMA,
    poolMax: 2,
    applicationName,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await store.close();
    throw error;
  }
  const queue = options.queue
    ? new Queue(PROJECTION_QUEUE, { connection: { url: config.REDIS_URL }, prefix: config.BULLMQ_PREFIX })
    : undefined;
  return {
    config,
    store,
    dataSource,
    queue,
    async close() {
      await Promise.allSettled([store.close(), dataSource.destroy(), queue?.close()]);
    },
  };
}

/** A failure the operator can act on: the code (when the error has one) and the message. */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // undefined_table: the read model was never migrated in this schema.
  const hint = code === '42P01' ? ' — chạy / run `npm run migrate`' : '';
  return typeof code === 'string' ? `${code}: ${message}${hint}` : message;
}
