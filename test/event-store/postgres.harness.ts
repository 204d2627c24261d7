import { randomUUID } from 'crypto';
import { Pool } from 'pg';
import { AppendResult, PostgresEventStore } from '@dti/event-store';
import { ContractHarness, HeldAppend } from './event-store.contract-suite';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';

/** A unique schema per test file: several engineers run tests against the same database at once. */
export function uniqueSchema(label: string): string {
  return `t_${label}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

export interface PostgresHarnessOptions {
  label: string;
  /** Runs after migrate(): the negative controls use it to break the schema deliberately. */
  afterMigrate?: (pool: Pool, schema: string) => Promise<void>;
  patienceMs?: number;
}

/**
 * The contract harness for the PostgreSQL adapter: its own schema (dropped by dispose), a short poll
 * interval so subscriptions converge quickly, and holdAppend built on the adapter's beforeCommit seam.
 */
export async function createPostgresHarness(
  options: PostgresHarnessOptions,
): Promise<ContractHarness & { pool: Pool; schema: string }> {
  const schema = uniqueSchema(options.label);
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 12 });
  const common = { pool, schema, pollIntervalMs: 100, pageSize: 500 };
  const store = new PostgresEventStore(common);
  await store.migrate();
  await options.afterMigrate?.(pool, schema);
  const extraStores: PostgresEventStore[] = [];

  return {
    pool,
    schema,
    store,
    patienceMs: options.patienceMs,
    async withUpcasters(upcasters) {
      const upcasting = new PostgresEventStore({ ...common, upcasters });
      extraStores.push(upcasting);
      return upcasting;
    },
    async holdAppend(streamId, events, expected): Promise<HeldAppend> {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let parked!: () => void;
      const isParked = new Promise<void>((resolve) => (parked = resolve));
      const holder = new PostgresEventStore({
        ...common,
        beforeCommit: async () => {
          parked();
          await released;
        },
      });
      extraStores.push(holder);
      const committed: Promise<AppendResult> = holder.append(streamId, events, expected);
      await Promise.race([isParked, committed]);
      return { committed, release };
    },
    async dispose() {
      await Promise.all([store, ...extraStores].map((s) => s.close()));
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}
