import { Pool } from 'pg';
import { EVENT_STORE_MIGRATIONS, EventStore, NewEvent, renderMigrationSql } from '@dti/event-store';
import { randomUUID } from 'crypto';
import { ContractHarness, runContractCase } from './event-store.contract-suite';
import { createPostgresHarness } from './postgres.harness';

/**
 * Negative controls: deliberately broken adapters that the contract suite must catch. A suite that
 * passes these would be proving nothing about the real adapters.
 */

/**
 * The classic PostgreSQL event-store bug: positions drawn at INSERT by transactions that commit out of
 * order. Reproduced by replacing the schema's append_events with the real one minus its lock line.
 */
async function removeAppendLock(pool: Pool, schema: string): Promise<void> {
  const migration = EVENT_STORE_MIGRATIONS.find((m) => m.name === 'append function');
  const lockLine = /^\s*PERFORM pg_advisory_xact_lock\(.*$/m;
  if (!migration || !lockLine.test(migration.sql))
    throw new Error('The append lock line was not found: update this control');
  const lockFree = migration.sql.replace(lockLine, '').replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');
  await pool.query(renderMigrationSql(lockFree, schema));
}

/** A store with one rule broken: `append` replaced, everything else forwarded. */
function brokenWrapper(store: EventStore, append: EventStore['append']): EventStore {
  return {
    append,
    readStream: (...args) => store.readStream(...args),
    readAll: (...args) => store.readAll(...args),
    streamRevision: (...args) => store.streamRevision(...args),
    listStreams: (...args) => store.listStreams(...args),
    headPosition: () => store.headPosition(),
    subscribeToAll: (...args) => store.subscribeToAll(...args),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

describe('Event store contract suite: negative controls', () => {
  let harness: (ContractHarness & { schema: string }) | undefined;

  afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
  });

  it('fails "out-of-order-commit" for a PostgreSQL schema whose append_events skips the global lock', async () => {
    harness = await createPostgresHarness({
      label: 'es_neg_lock',
      afterMigrate: removeAppendLock,
      patienceMs: 1_500,
    });
    await expect(runContractCase('out-of-order-commit', harness)).rejects.toThrow(
      /skipped events that committed late: never delivered/,
    );
  });

  it('fails "concurrent-appends" for a store that ignores the expected revision', async () => {
    harness = await createPostgresHarness({ label: 'es_neg_expect' });
    const real = harness.store;
    const broken = brokenWrapper(real, (streamId, events) => real.append(streamId, events, 'any'));
    await expect(runContractCase('concurrent-appends', { ...harness, store: broken })).rejects.toThrow(/toHaveLength/);
  });

  it('fails "idempotent-retry" for a store that does not recognise retried event ids', async () => {
    harness = await createPostgresHarness({ label: 'es_neg_idem' });
    const real = harness.store;
    const withFreshIds = (events: NewEvent[]) => events.map((event) => ({ ...event, id: randomUUID() }));
    const broken = brokenWrapper(real, (streamId, events, expected) =>
      real.append(streamId, withFreshIds(events), expected),
    );
    await expect(runContractCase('idempotent-retry', { ...harness, store: broken })).rejects.toThrow(
      /Wrong expected version on retry-/,
    );
  });
});
