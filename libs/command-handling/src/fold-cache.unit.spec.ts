import fc from 'fast-check';
import { accountDecider, assessmentDecider, type AccountCommand } from '@dti/domain';
import {
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@dti/event-store';
import { HASH2 } from '../../domain/testing/account.test-kit';
import {
  accountKit,
  adminEnvelope,
  assessmentKit,
  opArbitrary,
  playBoth,
  type StreamKit,
} from '../testing/fold-cache.test-kit';
import { FoldCache } from './fold-cache';
import { handleCommand } from './handle-command';
import { readState } from './read-state';

/** An in-memory store with the port's readStream (forwards, from a revision) and expected-revision appends. */
class MemoryStore implements Pick<EventStore, 'readStream' | 'append'> {
  readonly streams = new Map<string, RecordedEvent[]>();
  /** Events handed out by readStream, to see what a command read. */
  eventsRead = 0;
  private position = 0n;

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const from = typeof options.from === 'bigint' ? Number(options.from) : 0;
    for (const event of (this.streams.get(streamId) ?? []).slice(from)) {
      this.eventsRead += 1;
      yield event;
    }
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const ids = new Set(stream.map((event) => event.id));
    if (events.every((event) => ids.has(event.id))) {
      const last = stream.find((event) => event.id === events[events.length - 1].id) as RecordedEvent;
      return { nextExpectedRevision: last.revision, position: last.position };
    }
    const actual = stream.length === 0 ? 'no_stream' : BigInt(stream.length - 1);
    if (expected !== 'any' && expected !== actual) throw new WrongExpectedVersionError(streamId, expected, actual);
    for (const event of events) {
      this.position += 1n;
      // Stored as JSON, as both adapters store it.
      const stored = JSON.parse(JSON.stringify(event)) as NewEvent;
      stream.push({
        ...stored,
        streamId,
        revision: BigInt(stream.length),
        position: this.position,
        recordedAt: new Date(),
      });
    }
    this.streams.set(streamId, stream);
    return { nextExpectedRevision: BigInt(stream.length - 1), position: this.position };
  }
}

const envelope = adminEnvelope;

/** One account command through handleCommand with the cache. */
function accountCommand(store: MemoryStore, cache: FoldCache, streamId: string, pick: number, commandId: string) {
  return handleCommand(
    store,
    streamId,
    accountDecider,
    accountKit.command(pick, commandId) as (s: unknown) => AccountCommand,
    {
      envelope: envelope(commandId),
      cache,
    },
  );
}

describe('FoldCache (in-memory store)', () => {
  describe.each<[string, StreamKit<never, never>, number]>([
    ['assessment', assessmentKit as unknown as StreamKit<never, never>, 40],
    ['account', accountKit as unknown as StreamKit<never, never>, 40],
  ])('%s streams: the same answers and states as without the cache', (name, kit, runs) => {
    it('over generated sequences of commands, retries, writers behind its back, lost races and reads', async () => {
      let totals = { commands: 0, replayed: 0, refused: 0, racesLost: 0 };
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(opArbitrary, { minLength: 1, maxLength: 60 }),
          fc.integer({ min: 1, max: 200 }),
          async (ops, maxEvents) => {
            run += 1;
            const store = new MemoryStore();
            // Small bounds too, so entries are evicted and refused mid-sequence.
            const cache = new FoldCache({ maxEvents });
            const report = await playBoth({
              store,
              kit,
              ops,
              cache,
              plainStream: `${name}-plain`,
              cachedStream: `${name}-cached`,
              run: `r${run}`,
              expectSame: (actual, expected, what) => {
                try {
                  expect(actual).toEqual(expected);
                } catch (error) {
                  throw new Error(`${what}\n${(error as Error).message}`);
                }
              },
            });
            totals = {
              commands: totals.commands + report.commands,
              replayed: totals.replayed + report.replayed,
              refused: totals.refused + report.refused,
              racesLost: totals.racesLost + report.racesLost,
            };
          },
        ),
        { numRuns: runs },
      );
      // The generator reaches every path it is meant to.
      expect(totals.replayed).toBeGreaterThan(0);
      expect(totals.refused).toBeGreaterThan(0);
      expect(totals.racesLost).toBeGreaterThan(0);
      expect(totals.commands - totals.refused - totals.replayed).toBeGreaterThan(0);
    });
  });

  it('reads only the events after the kept revision (and the kept one, to check it is still there)', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    for (let i = 0; i < 30; i += 1) await accountCommand(store, cache, stream, i === 0 ? 0 : 3, `c${i}`);
    expect(store.streams.get(stream)).toHaveLength(30);
    store.eventsRead = 0;
    await accountCommand(store, cache, stream, 1, 'disable');
    expect(store.eventsRead).toBe(1);
    // Without the cache the same command reads all 31 events.
    store.eventsRead = 0;
    await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(2, 'enable') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('enable'),
      },
    );
    expect(store.eventsRead).toBe(31);
    // The cache sees the append it did not make: the kept event and the new one.
    store.eventsRead = 0;
    expect((await cache.read(store, stream, accountDecider)).state).toMatchObject({ status: 'active' });
    expect(store.eventsRead).toBe(2);
  });

  it('answers a retried command exactly as without the cache, when kept or only in the tail', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    const first = await accountCommand(store, cache, stream, 1, 'disable');
    await accountCommand(store, cache, stream, 2, 'enable');
    const retried = await accountCommand(store, cache, stream, 1, 'disable');
    expect(retried).toEqual({
      ...first,
      events: [expect.objectContaining({ type: 'AccountDisabled' })],
      replayed: true,
    });
    expect(retried.state).toMatchObject({ status: 'disabled' });
    // Another process applied a command; its retry reaches this process, whose cache never saw it.
    await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(1, 'other-disable') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('other-disable'),
      },
    );
    const elsewhere = await accountCommand(store, cache, stream, 3, 'other-disable');
    expect(elsewhere).toMatchObject({ replayed: true, revision: 3n, events: [{ type: 'AccountDisabled' }] });
    expect(store.streams.get(stream)).toHaveLength(4);
  });

  it('decides again on the tail after losing a race', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    const append = store.append.bind(store);
    let interloped = false;
    store.append = async (...args) => {
      if (!interloped) {
        interloped = true;
        await append(stream, [newEvent('AccountDisabled', { username: 'lan.stttt', reason: 'x' }, 'winner')], 0n);
      }
      return append(...args);
    };
    const reads: Array<bigint | null> = [];
    const result = await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(3, 'password') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('password'),
        cache,
        onRead: (revision) => reads.push(revision),
      },
    );
    expect(reads).toEqual([0n, 1n]);
    expect(result).toMatchObject({ revision: 2n, events: [{ type: 'AccountPasswordChanged' }] });
    expect(cache.revisionOf(stream)).toBe(2n);
    expect((await cache.read(store, stream, accountDecider)).state).toEqual(
      (await readState(store, stream, accountDecider)).state,
    );
  });

  it('reads the whole stream again when the kept event is no longer there (a store reset under it)', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    await accountCommand(store, cache, stream, 1, 'disable');
    // The store is emptied and the stream written again, differently and longer.
    store.streams.clear();
    await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(0, 'create-again') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('create-again'),
      },
    );
    await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(3, 'password') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('password'),
      },
    );
    await handleCommand(
      store,
      stream,
      accountDecider,
      accountKit.command(3, 'password-2') as (s: unknown) => AccountCommand,
      {
        envelope: envelope('password-2'),
      },
    );
    const read = await cache.read(store, stream, accountDecider);
    expect(read).toMatchObject({ revision: 2n, state: { status: 'active' } });
    expect(read.state).toEqual((await readState(store, stream, accountDecider)).state);
  });

  it('uses the state it folded after its append only once the store has given the same events back', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    // A store that keeps something else than it was sent (as a copy racing with the same ids could leave).
    const append = store.append.bind(store);
    store.append = (streamId, events, expected) =>
      append(
        streamId,
        events.map((event) => ({ ...event, data: { ...event.data, passwordHash: HASH2 } })),
        expected,
      );
    await accountCommand(store, cache, stream, 3, 'password');
    store.append = append;
    expect(cache.revisionOf(stream)).toBe(1n);
    store.eventsRead = 0;
    const read = await cache.read(store, stream, accountDecider);
    expect(read.state).toMatchObject({ passwordHash: HASH2 });
    expect(read.state).toEqual((await readState(store, stream, accountDecider)).state);
    // And as sent: the next read checks the appended event and the kept one, and reads nothing else.
    await accountCommand(store, cache, stream, 1, 'disable');
    store.eventsRead = 0;
    expect((await cache.read(store, stream, accountDecider)).state).toMatchObject({ status: 'disabled' });
    expect(store.eventsRead).toBe(1);
    store.eventsRead = 0;
    await cache.read(store, stream, accountDecider);
    expect(store.eventsRead).toBe(1);
  });

  it('keeps at most maxEvents events folded, least recently used out first, and answers evicted streams from a full read', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache({ maxEvents: 5 });
    await accountCommand(store, cache, 'account-a', 0, 'a1');
    await accountCommand(store, cache, 'account-a', 1, 'a2');
    await accountCommand(store, cache, 'account-b', 0, 'b1');
    await accountCommand(store, cache, 'account-b', 1, 'b2');
    expect(cache.eventsKept).toBe(4);
    await accountCommand(store, cache, 'account-c', 0, 'c1');
    await accountCommand(store, cache, 'account-c', 1, 'c2');
    expect(cache.revisionOf('account-a')).toBeUndefined();
    expect(cache.eventsKept).toBeLessThanOrEqual(5);
    store.eventsRead = 0;
    const evicted = await accountCommand(store, cache, 'account-a', 2, 'a3');
    expect(store.eventsRead).toBe(2);
    expect(evicted).toMatchObject({ revision: 2n, state: { status: 'active' } });
    // A stream larger than the whole bound is never kept.
    for (let i = 0; i < 6; i += 1) await accountCommand(store, cache, 'account-d', i === 0 ? 0 : 3, `d${i}`);
    expect(cache.revisionOf('account-d')).toBeUndefined();
  });

  it('keeps nothing with maxEvents 0: every read is a whole one, answered as without a cache', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache({ maxEvents: 0 });
    await accountCommand(store, cache, 'account-lan', 0, 'create');
    const disabled = await accountCommand(store, cache, 'account-lan', 1, 'disable');
    expect(disabled).toMatchObject({ revision: 1n, state: { status: 'disabled' } });
    expect(cache.size).toBe(0);
    expect(cache.counts).toEqual({ tailReads: 0, wholeReads: 2 });
  });

  it('hands out deep-frozen states: a decider that changes its state throws, and the kept state stays right', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    const { state } = await cache.read(store, stream, accountDecider);
    expect(Object.isFrozen(state)).toBe(true);
    const mutating = {
      ...accountDecider,
      decide: (command: AccountCommand, current: typeof state) => {
        (current as { status: string }).status = 'disabled';
        return accountDecider.decide(command, current);
      },
    };
    await expect(
      handleCommand(store, stream, mutating, accountKit.command(1, 'bad') as (s: unknown) => AccountCommand, {
        envelope: envelope('bad'),
        cache,
      }),
    ).rejects.toBeInstanceOf(TypeError);
    expect((await cache.read(store, stream, accountDecider)).state).toMatchObject({ status: 'active' });
  });

  it('freezes an assessment state through and through, its submissions’ figures and evidence included', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'assessment-STTTT-2021-Q1';
    for (const [i, pick] of [20, 40, 9 * 1, 60].entries()) {
      await handleCommand(store, stream, assessmentDecider, assessmentKit.command(pick, `a${i}`), {
        envelope: envelope(`a${i}`),
        cache,
      });
    }
    const { state } = await cache.read(store, stream, assessmentDecider);
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(state, 'state');
    expect(unfrozen).toEqual([]);
    expect(Object.keys((state as { submissions: object }).submissions).length).toBeGreaterThan(1);
  });

  it('does not answer a stream from the state another fold made', async () => {
    const store = new MemoryStore();
    const cache = new FoldCache();
    const stream = 'account-lan';
    await accountCommand(store, cache, stream, 0, 'create');
    const counting = { ...accountDecider, evolve: jest.fn(accountDecider.evolve) };
    await cache.read(store, stream, counting);
    expect(counting.evolve).toHaveBeenCalledTimes(1);
  });
});

function newEvent(type: string, data: Record<string, unknown>, commandId: string): NewEvent {
  return {
    id: `${commandId}-0`,
    type,
    schemaVersion: 1,
    data,
    metadata: { ...envelope(commandId), causationId: commandId },
  };
}
