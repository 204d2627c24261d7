import { PoolClient } from 'pg';
import { EventStore, NewEvent, PostgresEventStore } from '@dti/event-store';
import { randomUUID } from 'crypto';
import { ContractHarness, runContractCase } from './event-store.contract-suite';
import { createPostgresHarness } from './postgres.harness';

/**
 * Negative controls: deliberately broken adapters that the contract suite must catch. A suite that
 * passes these would be proving nothing about the real adapters.
 */

/** The classic PostgreSQL event-store bug: positions drawn at INSERT, transactions committing out of order. */
class LockFreePostgresEventStore extends PostgresEventStore {
  protected override async acquireAppendLock(_client: PoolClient): Promise<void> {}
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

  it('fails "out-of-order-commit" for a PostgreSQL store without the global append lock', async () => {
    harness = await createPostgresHarness({
      label: 'es_neg_lock',
      storeClass: LockFreePostgresEventStore,
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
