import type { DataSource } from 'typeorm';
import { OWN_WRITES, OwnWrites } from './own-writes';

/** A read model whose projection_keys say what `revisions` holds now; counts the lookups. */
function fakeReadModel(revisions: Map<string, bigint>) {
  const calls: string[][] = [];
  const dataSource = {
    options: { type: 'postgres', schema: 'read_model' },
    query: async (_sql: string, [keys]: [string[]]) => {
      calls.push(keys);
      return keys.flatMap((key) => {
        const revision = revisions.get(key);
        return revision === undefined ? [] : [{ key, revision: revision.toString() }];
      });
    },
  } as unknown as DataSource;
  return { dataSource, calls };
}

describe('OwnWrites (read-your-writes over the asynchronous projector)', () => {
  it('does not wait for a reader with no recent writes, nor for streams the query does not read', async () => {
    const { dataSource, calls } = fakeReadModel(new Map());
    const writes = new OwnWrites(dataSource);
    await writes.awaitProjected('lan', () => true);
    writes.record('lan', 'unit-STTTT', 0n);
    await writes.awaitProjected('lan', (id) => id.startsWith('assessment-'));
    await writes.awaitProjected('minh', () => true);
    expect(calls).toEqual([]);
  });

  it('waits until the projection reflects the revision the reader appended, then forgets it', async () => {
    const revisions = new Map([['assessment-STTTT-2021Q1', 2n]]);
    const { dataSource, calls } = fakeReadModel(revisions);
    const writes = new OwnWrites(dataSource);
    writes.record('lan', 'assessment-STTTT-2021Q1', 3n);
    setTimeout(() => revisions.set('assessment-STTTT-2021Q1', 3n), 5 * OWN_WRITES.pollMs);
    await writes.awaitProjected('lan', (id) => id === 'assessment-STTTT-2021Q1');
    expect(revisions.get('assessment-STTTT-2021Q1')).toBe(3n);
    expect(calls.length).toBeGreaterThan(1);
    const lookups = calls.length;
    await writes.awaitProjected('lan', () => true);
    expect(calls).toHaveLength(lookups);
  });

  it('serves anyway after the bounded wait (a parked key must not block reads) and does not wait again', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const { dataSource, calls } = fakeReadModel(new Map());
      const writes = new OwnWrites(dataSource);
      writes.record('lan', 'assessment-STTTT-2021Q1', 1n);
      const waiting = writes.awaitProjected('lan', () => true);
      await jest.advanceTimersByTimeAsync(OWN_WRITES.waitMs + 5 * OWN_WRITES.pollMs);
      await waiting;
      const lookups = calls.length;
      await writes.awaitProjected('lan', () => true);
      expect(calls).toHaveLength(lookups);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('OwnWrites memory', () => {
  it('keeps at most OWN_WRITES.perActor streams per actor, the newest', async () => {
    const { dataSource, calls } = fakeReadModel(new Map());
    const writes = new OwnWrites(dataSource);
    for (let i = 0; i <= OWN_WRITES.perActor; i++) writes.record('bulk', `assessment-U${i}-2021Q1`, 0n);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const waiting = writes.awaitProjected('bulk', () => true);
      await jest.advanceTimersByTimeAsync(OWN_WRITES.waitMs + 5 * OWN_WRITES.pollMs);
      await waiting;
    } finally {
      jest.useRealTimers();
    }
    expect(calls[0]).toHaveLength(OWN_WRITES.perActor);
    expect(calls[0]).not.toContain('assessment-U0-2021Q1');
    expect(calls[0]).toContain(`assessment-U${OWN_WRITES.perActor}-2021Q1`);
  });
});
