import { randomUUID } from 'crypto';
import {
  AppendResult,
  EventIdConflictError,
  EventMetadata,
  EventStore,
  EventStoreInputError,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  UNDECODABLE_EVENT_TYPE,
  Upcaster,
  WrongExpectedVersionError,
} from '@dti/event-store';

/**
 * THE conformance suite of the event-store port: every adapter runs exactly these cases. Cases share one
 * store per test file, so each works in its own streams (a fresh run id) and reads $all from the head it
 * saw first, never assuming an empty store. Nothing here asserts wall-clock time; waits have a patience
 * limit only so a missing event fails the case instead of hanging it.
 */

export interface HeldAppend {
  /** Settles once release() lets the held transaction commit. */
  committed: Promise<AppendResult>;
  release(): void;
}

export interface ContractHarness {
  store: EventStore;
  /** Another store over the same storage that reads through these upcasters. */
  withUpcasters(upcasters: Upcaster[]): Promise<EventStore>;
  /**
   * Starts an append and resolves once its positions are drawn but its transaction is still open; it
   * commits on release(). Only for backends where a client can hold a write open (PostgreSQL).
   */
  holdAppend?(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<HeldAppend>;
  /**
   * Writes an event the way another tool could, bypassing the port: raw bytes that are not a JSON object.
   * Only for backends other tools write to (EventStoreDB); the PostgreSQL store holds port appends only.
   */
  appendForeign?(streamId: string, type: string, bytes: Uint8Array): Promise<void>;
  /** How long to wait for a subscription to deliver before calling events missing; default 10 s. */
  patienceMs?: number;
  dispose(): Promise<void>;
}

export interface ContractCase {
  id: string;
  title: string;
  run(harness: ContractHarness): Promise<void>;
}

export interface ContractOptions {
  /** Case id -> why this adapter cannot run it. The reason shows in the test title. */
  skip?: Record<string, string>;
}

export function describeEventStoreContract(
  name: string,
  factory: () => Promise<ContractHarness>,
  options: ContractOptions = {},
): void {
  const unknown = Object.keys(options.skip ?? {}).filter((id) => !eventStoreContractCases.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`Unknown contract case ids in skip: ${unknown.join(', ')}`);

  describe(`EventStore contract: ${name}`, () => {
    let harness: ContractHarness | undefined;
    beforeAll(async () => {
      harness = await factory();
    });
    afterAll(async () => {
      await harness?.dispose();
    });
    for (const contractCase of eventStoreContractCases) {
      const reason = options.skip?.[contractCase.id];
      if (reason) {
        it.skip(`[${contractCase.id}] ${contractCase.title} (skipped: ${reason})`, () => undefined);
      } else {
        it(`[${contractCase.id}] ${contractCase.title}`, async () => {
          if (!harness) throw new Error('The harness factory failed');
          await contractCase.run(harness);
        });
      }
    }
  });
}

/** Runs one case by id against a harness: how the negative controls prove a case can fail. */
export async function runContractCase(id: string, harness: ContractHarness): Promise<void> {
  const contractCase = eventStoreContractCases.find((c) => c.id === id);
  if (!contractCase) throw new Error(`No contract case ${id}`);
  await contractCase.run(harness);
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function runId(): string {
  return randomUUID().slice(0, 8);
}

function metadata(extra: Record<string, unknown> = {}): EventMetadata {
  return {
    actor: 'nguoi-nop-1',
    role: 'submitter',
    occurredAt: '2025-04-01T02:03:04.000Z',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    ...extra,
  };
}

function newEvent(type: string, data: Record<string, unknown> = {}, schemaVersion = 1): NewEvent {
  return { id: randomUUID(), type, schemaVersion, data, metadata: metadata() };
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

async function expectWrongExpectedVersion(
  attempt: Promise<unknown>,
  details: { streamId: string; expected: ExpectedRevision; actual: bigint | 'no_stream' },
): Promise<void> {
  const error = await rejection(attempt);
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject(details);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, patienceMs: number, failure: () => string): Promise<void> {
  const giveUpAt = Date.now() + patienceMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(failure());
    await delay(20);
  }
}

/** Consumes a subscription with `for await` in the background, the way projectors do. */
function consume(subscription: EventSubscription) {
  const events: RecordedEvent[] = [];
  let failure: unknown;
  const loop = (async () => {
    try {
      for await (const event of subscription) events.push(event);
    } catch (error) {
      failure = error;
    }
  })();
  return {
    events,
    loop,
    ids: () => events.map((event) => event.id),
    async stop(): Promise<void> {
      await subscription.close();
      await loop;
      if (failure) throw failure;
    },
  };
}

function expectStrictlyIncreasing(positions: bigint[]): void {
  positions.slice(1).forEach((position, index) => {
    if (position <= positions[index]) {
      throw new Error(
        `Positions are not strictly increasing at index ${index + 1}: ${positions[index]} then ${position}`,
      );
    }
  });
}

function missing(expectedIds: string[], deliveredIds: string[]): string[] {
  const delivered = new Set(deliveredIds);
  return expectedIds.filter((id) => !delivered.has(id));
}

// ---------------------------------------------------------------------------------------------------------
// Cases

export const eventStoreContractCases: readonly ContractCase[] = [
  {
    id: 'round-trip',
    title: 'appends events and reads them back with data, metadata and positions',
    async run({ store }) {
      const stream = `round-${runId()}`;
      const before = await store.headPosition();
      const first: NewEvent = {
        id: randomUUID(),
        type: 'CriterionSubmitted',
        schemaVersion: 2,
        data: { criterion: '1.1', value: '18/20', unit: 'Tỷ lệ văn bản đi được ký số' },
        metadata: metadata({ causationId: randomUUID(), agency: 'Sở Thông tin và Truyền thông' }),
      };
      const second = newEvent('CriterionApproved', { reason: null, nested: { list: [1, 'hai', true] } });
      const result = await store.append(stream, [first, second], 'no_stream');

      const read = await collect(store.readStream(stream));
      expect(read).toHaveLength(2);
      read.forEach((event, index) => {
        const sent = [first, second][index];
        expect(event).toMatchObject({
          id: sent.id,
          type: sent.type,
          schemaVersion: sent.schemaVersion,
          data: sent.data,
          metadata: sent.metadata,
          streamId: stream,
          revision: BigInt(index),
        });
        expect(event.recordedAt).toBeInstanceOf(Date);
        expect(event.position).toBeGreaterThan(before);
      });
      expectStrictlyIncreasing(read.map((event) => event.position));
      expect(result).toEqual({ nextExpectedRevision: 1n, position: read[1].position });
      expect(await store.streamRevision(stream)).toBe(1n);
      expect(await store.streamRevision(`${stream}-missing`)).toBeNull();
      const fromAll = await collect(store.readAll({ fromPosition: before, filter: { streamPrefixes: [stream] } }));
      expect(fromAll).toEqual(read);
    },
  },
  {
    id: 'expected-no-stream',
    title: "'no_stream' creates a stream once and then fails with the actual revision",
    async run({ store }) {
      const stream = `nostream-${runId()}`;
      await expect(store.append(stream, [newEvent('Opened')], 'no_stream')).resolves.toMatchObject({
        nextExpectedRevision: 0n,
      });
      await expectWrongExpectedVersion(store.append(stream, [newEvent('Opened')], 'no_stream'), {
        streamId: stream,
        expected: 'no_stream',
        actual: 0n,
      });
      expect(await collect(store.readStream(stream))).toHaveLength(1);
    },
  },
  {
    id: 'expected-stream-exists',
    title: "'stream_exists' fails on a missing stream (actual no_stream) and passes on an existing one",
    async run({ store }) {
      const stream = `exists-${runId()}`;
      await expectWrongExpectedVersion(store.append(stream, [newEvent('Noted')], 'stream_exists'), {
        streamId: stream,
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      expect(await store.streamRevision(stream)).toBeNull();
      await store.append(stream, [newEvent('Opened')], 'no_stream');
      await expect(store.append(stream, [newEvent('Noted')], 'stream_exists')).resolves.toMatchObject({
        nextExpectedRevision: 1n,
      });
    },
  },
  {
    id: 'expected-exact-revision',
    title: 'an exact revision must equal the last revision; a wrong one fails, carries the actual, changes nothing',
    async run({ store }) {
      const stream = `exact-${runId()}`;
      await expectWrongExpectedVersion(store.append(stream, [newEvent('A')], 0n), {
        streamId: stream,
        expected: 0n,
        actual: 'no_stream',
      });
      await store.append(stream, [newEvent('A')], 'no_stream');
      await expect(store.append(stream, [newEvent('B'), newEvent('C')], 0n)).resolves.toMatchObject({
        nextExpectedRevision: 2n,
      });
      const head = await store.headPosition();
      await expectWrongExpectedVersion(store.append(stream, [newEvent('D')], 0n), {
        streamId: stream,
        expected: 0n,
        actual: 2n,
      });
      await expectWrongExpectedVersion(store.append(stream, [newEvent('D')], 7n), {
        streamId: stream,
        expected: 7n,
        actual: 2n,
      });
      expect(await store.streamRevision(stream)).toBe(2n);
      expect(await store.headPosition()).toBe(head);
    },
  },
  {
    id: 'expected-any',
    title: "'any' appends whatever the stream's state",
    async run({ store }) {
      const stream = `any-${runId()}`;
      await expect(store.append(stream, [newEvent('A')], 'any')).resolves.toMatchObject({ nextExpectedRevision: 0n });
      await expect(store.append(stream, [newEvent('B')], 'any')).resolves.toMatchObject({ nextExpectedRevision: 1n });
    },
  },
  {
    id: 'concurrent-appends',
    title: '20 concurrent appends with the same expected revision: exactly one wins, 19 get WrongExpectedVersionError',
    async run({ store }) {
      const stream = `race-${runId()}`;
      await store.append(stream, [newEvent('Opened')], 'no_stream');
      const attempts = Array.from({ length: 20 }, (_, i) =>
        store.append(stream, [newEvent('Raced', { contender: i })], 0n),
      );
      const outcomes = await Promise.allSettled(attempts);
      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(19);
      for (const loser of losers) {
        expect(loser).toBeInstanceOf(WrongExpectedVersionError);
        expect(loser).toMatchObject({ streamId: stream, expected: 0n, actual: 1n });
      }
      expect(await collect(store.readStream(stream))).toHaveLength(2);
    },
  },
  {
    id: 'idempotent-retry',
    title:
      'retrying an append with the same event ids stores nothing new and returns the stored result, even when stale',
    async run({ store }) {
      const stream = `retry-${runId()}`;
      const batch = [newEvent('Submitted'), newEvent('Attached')];
      const original = await store.append(stream, batch, 'no_stream');
      expect(await store.append(stream, batch, 'no_stream')).toEqual(original);

      await store.append(stream, [newEvent('Approved')], 1n);
      const head = await store.headPosition();
      // The retried command still carries its original (now stale) expectation.
      expect(await store.append(stream, batch, 'no_stream')).toEqual(original);
      expect(await store.headPosition()).toBe(head);
      const stored = await collect(store.readStream(stream));
      expect(stored.map((event) => event.id)).toEqual([batch[0].id, batch[1].id, stored[2].id]);
    },
  },
  {
    id: 'idempotent-partial-overlap',
    title: 'an append whose ids are only partly stored is refused and stores nothing',
    async run({ store }) {
      const stream = `overlap-${runId()}`;
      const first = newEvent('Submitted');
      await store.append(stream, [first], 'no_stream');
      const error = await rejection(store.append(stream, [first, newEvent('Attached')], 'no_stream'));
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ streamId: stream, storedIds: [first.id] });
      expect((await collect(store.readStream(stream))).map((event) => event.id)).toEqual([first.id]);
    },
  },
  {
    id: 'event-id-in-other-stream',
    title: 'an event id already stored in another stream is refused',
    async run({ store }) {
      const run = runId();
      const event = newEvent('Submitted');
      await store.append(`idstream-${run}-a`, [event], 'no_stream');
      await expect(store.append(`idstream-${run}-b`, [event], 'no_stream')).rejects.toBeInstanceOf(
        EventIdConflictError,
      );
      expect(await store.streamRevision(`idstream-${run}-b`)).toBeNull();
    },
  },
  {
    id: 'invalid-input',
    title: 'malformed appends and reads fail with EventStoreInputError naming the input, and store nothing',
    async run({ store }) {
      const stream = `invalid-${runId()}`;
      const bad = { ...newEvent('Submitted'), id: 'not-a-uuid' };
      const error = await rejection(store.append(stream, [newEvent('Fine'), bad], 'any'));
      expect(error).toBeInstanceOf(EventStoreInputError);
      expect(error).toMatchObject({ code: 'INVALID_EVENT', input: 'events[1].id' });
      await expect(store.append(stream, [], 'any')).rejects.toMatchObject({ code: 'EMPTY_APPEND' });
      await expect(store.append(stream, [newEvent('Fine')], -1n)).rejects.toMatchObject({
        code: 'INVALID_EXPECTED_REVISION',
      });
      expect(await store.streamRevision(stream)).toBeNull();
      expect(() => store.readStream(stream, { maxCount: -1 })).toThrow(EventStoreInputError);
      expect(() => store.readAll({ filter: { eventTypes: [] } })).toThrow(EventStoreInputError);
    },
  },
  {
    id: 'global-order',
    title: 'readAll returns events of all streams in global position order, matching append results',
    async run({ store }) {
      const prefix = `order-${runId()}-`;
      const before = await store.headPosition();
      const appended: { id: string; position: bigint }[] = [];
      for (let i = 0; i < 9; i += 1) {
        const event = newEvent('Step', { i });
        const result = await store.append(`${prefix}${i % 3}`, [event], 'any');
        appended.push({ id: event.id, position: result.position });
      }
      const all = await collect(store.readAll({ fromPosition: before, filter: { streamPrefixes: [prefix] } }));
      expect(all.map((event) => event.id)).toEqual(appended.map((event) => event.id));
      expect(all.map((event) => event.position)).toEqual(appended.map((event) => event.position));
      expectStrictlyIncreasing(all.map((event) => event.position));
      expect(all.map((event) => event.revision)).toEqual([0n, 0n, 0n, 1n, 1n, 1n, 2n, 2n, 2n]);
    },
  },
  {
    id: 'read-stream-options',
    title: 'readStream honours direction, from and maxCount; a missing stream yields nothing',
    async run({ store }) {
      const stream = `options-${runId()}`;
      await store.append(
        stream,
        Array.from({ length: 10 }, (_, i) => newEvent('Step', { i })),
        'no_stream',
      );
      const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
        (await collect(store.readStream(stream, options))).map((event) => Number(event.revision));

      expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await revisions({ from: 3n, maxCount: 4 })).toEqual([3, 4, 5, 6]);
      expect(await revisions({ direction: 'backwards' })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', from: 5n, maxCount: 2 })).toEqual([5, 4]);
      expect(await revisions({ direction: 'backwards', from: 'end', maxCount: 1 })).toEqual([9]);
      expect(await revisions({ from: 'start', maxCount: 0 })).toEqual([]);
      expect(await revisions({ from: 'end' })).toEqual([]);
      expect(await revisions({ from: 10n })).toEqual([]);
      expect(await collect(store.readStream(`${stream}-missing`))).toEqual([]);

      // The same iterable read twice starts over each time.
      const iterable = store.readStream(stream, { maxCount: 2 });
      expect((await collect(iterable)).length).toBe(2);
      expect((await collect(iterable)).length).toBe(2);
    },
  },
  {
    id: 'read-stream-tail',
    title:
      'a read from a revision yields the whole read’s events from there (ids, revisions, positions), across pages; an append answers its last event as read back',
    async run({ store }) {
      // What the command side's fold cache relies on: it keeps a state at a revision, reads on from that
      // revision (which must hold the same event), and keeps the state after its append at the answered revision.
      const stream = `tail-${runId()}`;
      let appended: AppendResult | undefined;
      for (let batch = 0; batch < 3; batch += 1) {
        appended = await store.append(
          stream,
          Array.from({ length: 250 }, (_, i) => newEvent('Step', { i: batch * 250 + i })),
          batch === 0 ? 'no_stream' : BigInt(batch * 250 - 1),
        );
      }
      const whole = await collect(store.readStream(stream));
      expect(whole).toHaveLength(750);
      const last = whole[whole.length - 1];
      expect(appended).toEqual({ nextExpectedRevision: last.revision, position: last.position });
      const key = (event: RecordedEvent) => [event.id, event.revision, event.position, event.type, event.data];
      for (const from of [0n, 249n, 250n, 499n, 500n, 701n, 749n]) {
        const tail = await collect(store.readStream(stream, { from }));
        expect(tail.map(key)).toEqual(whole.slice(Number(from)).map(key));
      }
      expect(await collect(store.readStream(stream, { from: 750n }))).toEqual([]);
    },
  },
  {
    id: 'foreign-undecodable-event',
    title:
      'an event another tool wrote, not a JSON object, reads back as undecodable in its place; reads and subscriptions carry on past it',
    async run(harness) {
      const { store, appendForeign } = harness;
      if (!appendForeign) throw new Error('This case needs harness.appendForeign; skip it for this adapter');
      const stream = `foreign-${runId()}`;
      const before = await store.headPosition();
      await store.append(stream, [newEvent('Before')], 'no_stream');
      await appendForeign(stream, 'LegacyBlob', new Uint8Array([0xff, 0xfe, 0x00, 0x7b]));
      await store.append(stream, [newEvent('After')], 1n);
      const expected = ['Before', UNDECODABLE_EVENT_TYPE, 'After'];

      const all = await collect(store.readAll({ fromPosition: before, filter: { streamPrefixes: [stream] } }));
      expect(all.map((event) => event.type)).toEqual(expected);
      expect(all[1]).toMatchObject({ streamId: stream, revision: 1n, data: { originalType: 'LegacyBlob' } });
      expect((await collect(store.readStream(stream))).map((event) => event.type)).toEqual(expected);

      const subscription = consume(
        store.subscribeToAll({ fromPosition: before, filter: { streamPrefixes: [stream] } }),
      );
      await waitFor(
        () => subscription.events.length >= expected.length,
        harness.patienceMs ?? 10_000,
        () => `the subscription delivered ${subscription.events.length} of ${expected.length} events`,
      );
      await subscription.stop();
      expect(subscription.events.map((event) => event.type)).toEqual(expected);
    },
  },
  {
    id: 'read-all-abort',
    title: 'readAll ends with the abort reason when its signal aborts, and never starts on an aborted signal',
    async run({ store }) {
      const run = runId();
      const before = await store.headPosition();
      await store.append(`abort-${run}`, [newEvent('A'), newEvent('B'), newEvent('C')], 'no_stream');
      const filter = { streamPrefixes: [`abort-${run}`] };
      const controller = new AbortController();
      const iterator = store
        .readAll({ fromPosition: before, filter, signal: controller.signal })
        [Symbol.asyncIterator]();
      expect((await iterator.next()).value).toMatchObject({ type: 'A' });
      const reason = new Error('deadline passed');
      controller.abort(reason);
      await expect(iterator.next()).rejects.toBe(reason);
      // The iterator is finished after the abort.
      await expect(iterator.next()).resolves.toMatchObject({ done: true });

      const aborted = AbortSignal.abort(reason);
      await expect(collect(store.readAll({ fromPosition: before, filter, signal: aborted }))).rejects.toBe(reason);
      // Without a signal the same read is whole.
      expect(await collect(store.readAll({ fromPosition: before, filter }))).toHaveLength(3);
    },
  },
  {
    id: 'read-all-filters',
    title: 'readAll filters by stream prefix and event type, starts after fromPosition (exclusive), stops at maxCount',
    async run({ store }) {
      const run = runId();
      const before = await store.headPosition();
      const a1 = await store.append(`filter-${run}-a-1`, [newEvent('Submitted'), newEvent('Approved')], 'no_stream');
      await store.append(`filter-${run}-b-1`, [newEvent('Submitted')], 'no_stream');
      await store.append(`filter-${run}-a-2`, [newEvent('Rejected')], 'no_stream');
      const read = async (filter: { streamPrefixes?: string[]; eventTypes?: string[] }, extra = {}) =>
        (await collect(store.readAll({ fromPosition: before, filter, ...extra }))).map(
          (e) => `${e.streamId}:${e.type}`,
        );

      expect(await read({ streamPrefixes: [`filter-${run}-a-`] })).toEqual([
        `filter-${run}-a-1:Submitted`,
        `filter-${run}-a-1:Approved`,
        `filter-${run}-a-2:Rejected`,
      ]);
      expect(await read({ streamPrefixes: [`filter-${run}-`], eventTypes: ['Submitted'] })).toEqual([
        `filter-${run}-a-1:Submitted`,
        `filter-${run}-b-1:Submitted`,
      ]);
      expect(await read({ streamPrefixes: [`filter-${run}-b-`, `filter-${run}-a-2`] })).toEqual([
        `filter-${run}-b-1:Submitted`,
        `filter-${run}-a-2:Rejected`,
      ]);
      expect(await read({ streamPrefixes: [`filter-${run}-`] }, { maxCount: 2 })).toHaveLength(2);
      // fromPosition is exclusive: starting at a1's last event leaves it out.
      const after = await collect(
        store.readAll({ fromPosition: a1.position, filter: { streamPrefixes: [`filter-${run}-`] } }),
      );
      expect(after.map((e) => e.streamId)).toEqual([`filter-${run}-b-1`, `filter-${run}-a-2`]);
      // A prefix is literal text, not a pattern.
      expect(await read({ streamPrefixes: [`filter-${run}-_-`] })).toEqual([]);

      const subscription = consume(
        store.subscribeToAll({
          fromPosition: before,
          filter: { streamPrefixes: [`filter-${run}-`], eventTypes: ['Submitted'] },
        }),
      );
      await waitFor(
        () => subscription.events.length >= 2,
        10_000,
        () => 'the filtered subscription did not catch up',
      );
      await delay(50);
      await subscription.stop();
      expect(subscription.events.map((e) => e.streamId)).toEqual([`filter-${run}-a-1`, `filter-${run}-b-1`]);
    },
  },
  {
    id: 'upcasting',
    title: 'old schema versions are upcast step by step on read; stored events stay as written',
    async run(harness) {
      const run = runId();
      const type = `ScoreRecorded_${run}`;
      const stream = `upcast-${run}`;
      const before = await harness.store.headPosition();
      await harness.store.append(
        stream,
        [newEvent(type, { points: 7 }, 1), newEvent(type, { points: '9', unit: 'điểm' }, 2)],
        'no_stream',
      );
      const upcasters: Upcaster[] = [
        { type, fromVersion: 2, upcast: (data) => ({ score: { value: data.points, unit: data.unit } }) },
        { type, fromVersion: 1, upcast: (data) => ({ points: String(data.points), unit: 'điểm' }) },
      ];
      const upcasting = await harness.withUpcasters(upcasters);
      const expected = [
        { schemaVersion: 3, data: { score: { value: '7', unit: 'điểm' } } },
        { schemaVersion: 3, data: { score: { value: '9', unit: 'điểm' } } },
      ];
      expect(await collect(upcasting.readStream(stream))).toMatchObject(expected);
      expect(await collect(upcasting.readAll({ fromPosition: before, filter: { eventTypes: [type] } }))).toMatchObject(
        expected,
      );
      const subscription = consume(upcasting.subscribeToAll({ fromPosition: before, filter: { eventTypes: [type] } }));
      await waitFor(
        () => subscription.events.length >= 2,
        10_000,
        () => 'the upcasting subscription did not catch up',
      );
      await subscription.stop();
      expect(subscription.events).toMatchObject(expected);

      expect(await collect(harness.store.readStream(stream))).toMatchObject([
        { schemaVersion: 1, data: { points: 7 } },
        { schemaVersion: 2, data: { points: '9', unit: 'điểm' } },
      ]);
    },
  },
  {
    id: 'list-streams-and-head',
    title: 'listStreams lists streams by prefix in order; headPosition is the last committed position',
    async run({ store }) {
      const run = runId();
      await store.append(`list-${run}-b`, [newEvent('A')], 'no_stream');
      await store.append(`list-${run}-a`, [newEvent('A'), newEvent('B')], 'no_stream');
      const last = await store.append(`list-${run}%x`, [newEvent('A')], 'no_stream');
      expect(await store.listStreams(`list-${run}-`)).toEqual([`list-${run}-a`, `list-${run}-b`]);
      expect(await store.listStreams(`list-${run}%`)).toEqual([`list-${run}%x`]);
      expect(await store.listStreams()).toEqual(
        expect.arrayContaining([`list-${run}-a`, `list-${run}-b`, `list-${run}%x`]),
      );
      expect(await store.headPosition()).toBe(last.position);
      await expect(store.ping()).resolves.toBeUndefined();
    },
  },
  {
    id: 'out-of-order-commit',
    title: 'a subscription never skips an event whose transaction commits after a later-numbered one',
    async run(harness) {
      const { store } = harness;
      if (!harness.holdAppend) throw new Error('This harness cannot hold an append open: skip this case with a reason');
      const prefix = `late-${runId()}-`;
      const before = await store.headPosition();
      const subscription = consume(
        store.subscribeToAll({ fromPosition: before, filter: { streamPrefixes: [prefix] } }),
      );

      const held = await harness.holdAppend(`${prefix}held`, [newEvent('Held'), newEvent('Held')], 'no_stream');
      const later = [1, 2, 3].map((i) => store.append(`${prefix}later-${i}`, [newEvent('Later', { i })], 'no_stream'));
      // A store may make later appends wait for the held one, or let them commit first. If they commit,
      // give the subscription every chance to run past the held events before they become visible.
      const laterCommitted = await Promise.race([Promise.all(later).then(() => true), delay(300).then(() => false)]);
      if (laterCommitted) {
        await waitFor(
          () => subscription.events.length >= later.length,
          2_000,
          () => '',
        ).catch(() => undefined);
      }
      held.release();
      await Promise.all([held.committed, ...later]);

      const stored = await collect(store.readAll({ fromPosition: before, filter: { streamPrefixes: [prefix] } }));
      expect(stored).toHaveLength(5);
      const expectedIds = stored.map((event) => event.id);
      await waitFor(
        () => missing(expectedIds, subscription.ids()).length === 0,
        harness.patienceMs ?? 10_000,
        () =>
          `The subscription skipped events that committed late: never delivered ${missing(expectedIds, subscription.ids()).join(', ')} ` +
          `(delivered positions ${subscription.events.map((e) => e.position).join(', ')})`,
      );
      await delay(50);
      await subscription.stop();
      // Delivered exactly once each, in position order, which is the order readAll gives.
      expect(subscription.ids()).toEqual(expectedIds);
      expectStrictlyIncreasing(subscription.events.map((event) => event.position));
    },
  },
  {
    id: 'large-stream',
    title: 'a 100k-event stream is appended in batches and read back complete and in order',
    async run({ store }) {
      const stream = `large-${runId()}`;
      const total = 100_000;
      const batch = 1_000;
      let expected: ExpectedRevision = 'no_stream';
      for (let start = 0; start < total; start += batch) {
        const events = Array.from({ length: batch }, (_, k) => ({
          id: randomUUID(),
          type: 'Measured',
          schemaVersion: 1,
          data: { i: start + k },
          metadata: {
            actor: 'bench',
            role: 'system',
            occurredAt: '2025-01-01T00:00:00.000Z',
            commandId: 'c',
            correlationId: 'c',
          },
        }));
        expected = (await store.append(stream, events, expected)).nextExpectedRevision;
      }
      expect(expected).toBe(BigInt(total - 1));

      let count = 0;
      let previousPosition = -1n;
      for await (const event of store.readStream(stream)) {
        if (event.revision !== BigInt(count) || event.data.i !== count || event.position <= previousPosition) {
          throw new Error(
            `Event ${count} out of order: revision ${event.revision}, i ${String(event.data.i)}, position ${event.position}`,
          );
        }
        previousPosition = event.position;
        count += 1;
      }
      expect(count).toBe(total);
      const tail = await collect(store.readStream(stream, { direction: 'backwards', maxCount: 3 }));
      expect(tail.map((event) => event.data.i)).toEqual([total - 1, total - 2, total - 3]);
    },
  },
  {
    id: 'subscription-resume',
    title: 'a subscription resumed from a checkpoint continues with no duplicate and no gap, then goes live',
    async run(harness) {
      const { store } = harness;
      const prefix = `resume-${runId()}-`;
      const before = await store.headPosition();
      for (let i = 0; i < 6; i += 1) await store.append(`${prefix}${i % 2}`, [newEvent('Step', { i })], 'any');

      // First consumer: handles three events, records its checkpoint, stops.
      let checkpoint = before;
      const handled: string[] = [];
      const first = store.subscribeToAll({ fromPosition: before, filter: { streamPrefixes: [prefix] } });
      for await (const event of first) {
        handled.push(event.id);
        checkpoint = event.position;
        if (handled.length === 3) break;
      }

      // Second consumer resumes from the checkpoint and also sees events appended while it is live.
      const second = consume(store.subscribeToAll({ fromPosition: checkpoint, filter: { streamPrefixes: [prefix] } }));
      await waitFor(
        () => second.events.length >= 3,
        harness.patienceMs ?? 10_000,
        () => 'the resumed subscription did not catch up',
      );
      for (let i = 6; i < 9; i += 1) await store.append(`${prefix}${i % 2}`, [newEvent('Step', { i })], 'any');
      await waitFor(
        () => second.events.length >= 6,
        harness.patienceMs ?? 10_000,
        () => 'the resumed subscription did not go live',
      );
      await delay(50);
      await second.stop();

      const all = await collect(store.readAll({ fromPosition: before, filter: { streamPrefixes: [prefix] } }));
      expect(all).toHaveLength(9);
      expect([...handled, ...second.ids()]).toEqual(all.map((event) => event.id));
      expect(second.events.map((event) => event.data.i)).toEqual([3, 4, 5, 6, 7, 8]);
    },
  },
  {
    id: 'subscription-close',
    title: 'close() ends a live subscription cleanly and a closed subscription yields nothing more',
    async run(harness) {
      const { store } = harness;
      const stream = `close-${runId()}`;
      await store.append(stream, [newEvent('Before')], 'no_stream');
      const subscription = store.subscribeToAll({
        fromPosition: await store.headPosition(),
        filter: { streamPrefixes: [stream] },
      });
      const consumer = consume(subscription);
      await delay(100); // let it reach the live wait
      await consumer.stop(); // close() + the `for await` loop has ended
      await store.append(stream, [newEvent('After')], 0n);
      await delay(100);
      expect(consumer.events).toEqual([]);
      await expect(subscription.close()).resolves.toBeUndefined(); // closing twice is harmless

      // Breaking out of the loop also ends the subscription.
      const again = store.subscribeToAll({ filter: { streamPrefixes: [stream] } });
      let seen = 0;
      for await (const _event of again) {
        seen += 1;
        break;
      }
      expect(seen).toBe(1);
    },
  },
];
