import { randomUUID } from 'crypto';
import { Pool } from 'pg';
import { EVENT_STORE_MIGRATIONS, NewEvent, PostgresEventStore, RecordedEvent } from '@dti/event-store';
import { TEST_DATABASE_URL, uniqueSchema } from './postgres.harness';

/**
 * What only the PostgreSQL adapter has: migrations, the append lock, the immutability guard, LISTEN/NOTIFY
 * with a polling fallback, page-by-page subscriptions and pool ownership. The port's behaviour itself is
 * covered by the contract suite (postgres.contract.ts).
 */

const metadata = {
  actor: 'u-1',
  role: 'submitter',
  occurredAt: '2025-04-01T00:00:00.000Z',
  commandId: 'cmd',
  correlationId: 'cor',
};
const event = (type = 'Noted', data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata,
});
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, patienceMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + patienceMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`Gave up waiting: ${what}`);
    await delay(20);
  }
}

describe('PostgresEventStore (PostgreSQL specifics)', () => {
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 10 });
  const schemas: string[] = [];
  const stores: PostgresEventStore[] = [];

  async function freshStore(options: { pollIntervalMs?: number; pageSize?: number; migrate?: boolean } = {}) {
    const schema = uniqueSchema('es_pg');
    schemas.push(schema);
    const store = new PostgresEventStore({
      pool,
      schema,
      pollIntervalMs: options.pollIntervalMs ?? 100,
      pageSize: options.pageSize,
    });
    stores.push(store);
    if (options.migrate !== false) await store.migrate();
    return { store, schema };
  }

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('applies each migration once when several processes migrate at the same time', async () => {
    const { schema } = await freshStore({ migrate: false });
    const racers = Array.from(
      { length: 4 },
      () => new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema }),
    );
    await Promise.all(racers.map((racer) => racer.migrate()));
    await racers[0].migrate(); // and again: a no-op
    await Promise.all(racers.map((racer) => racer.close()));
    const { rows } = await pool.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(rows.map((row) => row.version)).toEqual(EVENT_STORE_MIGRATIONS.map((migration) => migration.version));
  });

  it('reports an empty store as head 0 with no streams', async () => {
    const { store } = await freshStore();
    expect(await store.headPosition()).toBe(0n);
    expect(await store.listStreams()).toEqual([]);
    const all: RecordedEvent[] = [];
    for await (const recorded of store.readAll()) all.push(recorded);
    expect(all).toEqual([]);
  });

  it('refuses to update or delete a stored event', async () => {
    const { store, schema } = await freshStore();
    await store.append('s-1', [event()], 'no_stream');
    await expect(pool.query(`UPDATE "${schema}".events SET type = 'Forged'`)).rejects.toThrow(/events are immutable/);
    await expect(pool.query(`DELETE FROM "${schema}".events`)).rejects.toThrow(/events are immutable/);
  });

  it('makes an append wait on the advisory lock while another append is uncommitted, then numbers it after', async () => {
    const { store, schema } = await freshStore();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let parked!: () => void;
    const isParked = new Promise<void>((resolve) => (parked = resolve));
    const holder = new PostgresEventStore({
      pool,
      schema,
      beforeCommit: async () => {
        parked();
        await released;
      },
    });
    const held = holder.append('held', [event()], 'no_stream');
    await isParked;
    const waiting = store.append('other', [event()], 'no_stream');
    await waitFor(async () => {
      const { rows } = await pool.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      return rows[0].n >= 1;
    }, 'the second append to queue for the lock');
    release();
    const [first, second] = await Promise.all([held, waiting]);
    expect(second.position).toBeGreaterThan(first.position);
  });

  it('wakes a live subscription by NOTIFY, long before its next poll', async () => {
    const { store } = await freshStore({ pollIntervalMs: 60_000 });
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    const next = iterator.next();
    await delay(200); // the subscription is now waiting, its next poll a minute away
    await store.append('live', [event('Woken')], 'no_stream');
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<'gave up'>((resolve) => (timer = setTimeout(() => resolve('gave up'), 10_000)));
    const result = await Promise.race([next, patience]);
    clearTimeout(timer);
    expect(result).toMatchObject({ done: false, value: { type: 'Woken' } });
    await subscription.close();
  });

  it('still delivers by polling when no notification comes', async () => {
    const { store, schema } = await freshStore({ pollIntervalMs: 100 });
    const subscription = store.subscribeToAll();
    const next = subscription[Symbol.asyncIterator]().next();
    await delay(150);
    // A row written without NOTIFY, as if the notification had been lost.
    await pool.query(
      `INSERT INTO "${schema}".events (event_id, stream_id, revision, type, schema_version, data, metadata)
       VALUES ($1, 'quiet', 0, 'Quiet', 1, '{}', $2)`,
      [randomUUID(), JSON.stringify(metadata)],
    );
    await expect(next).resolves.toMatchObject({ done: false, value: { type: 'Quiet' } });
    await subscription.close();
  });

  it('fetches the next page only when the consumer asks for it (back-pressure)', async () => {
    const { store } = await freshStore({ pageSize: 10 });
    await store.append(
      'many',
      Array.from({ length: 50 }, (_, i) => event('Step', { i })),
      'no_stream',
    );
    const query = jest.spyOn(pool, 'query');
    const pageQueries = () =>
      query.mock.calls.filter(([sql]) => typeof sql === 'string' && sql.includes('LATERAL')).length;
    try {
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      for (let i = 0; i < 5; i += 1) await iterator.next();
      await delay(200); // a slow consumer
      expect(pageQueries()).toBe(1);
      for (let i = 0; i < 10; i += 1) await iterator.next();
      expect(pageQueries()).toBe(2);
      await subscription.close();
    } finally {
      query.mockRestore();
    }
  });

  it('ends its subscriptions on close() and leaves a caller-owned pool open', async () => {
    const { schema } = await freshStore();
    const store = new PostgresEventStore({ pool, schema, pollIntervalMs: 100 });
    const subscription = store.subscribeToAll();
    const loop = (async () => {
      for await (const _event of subscription) {
        // nothing to consume
      }
    })();
    await delay(100);
    await store.close();
    await loop;
    await expect(pool.query('SELECT 1')).resolves.toBeDefined();
    expect(() => store.subscribeToAll()).toThrow(/closed/);
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => new PostgresEventStore({ pool, schema: 'Event-Store' })).toThrow(/Invalid event store schema name/);
  });
});
