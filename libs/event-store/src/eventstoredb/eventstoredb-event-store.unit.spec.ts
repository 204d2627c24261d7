import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EventMetadata, RecordedEvent } from '../event-store.port';
import { EventStoreDbEventStore, READ_ALL_PAGE_SIZE, abortable, createKurrentClient } from './eventstoredb-event-store';
import { UNDECODABLE_EVENT_TYPE, toClientConnectionString } from './eventstoredb.mapping';
import { kurrentClientWithFakeBridge } from '../../testing/kurrent-client.test-kit';

const metadata: EventMetadata = {
  actor: 'u-1',
  role: 'reviewer',
  occurredAt: '2026-01-01T00:00:00.000Z',
  commandId: 'cmd-1',
  correlationId: 'cor-1',
};
const json = (value: unknown) => JSON.stringify(value);

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

function storeWith(count: number, streamId = 'assessment-1') {
  const fake = kurrentClientWithFakeBridge();
  const positions = fake.add(
    ...Array.from({ length: count }, (_, i) => ({
      streamId,
      type: 'CriterionSubmitted',
      data: json({ i }),
      metadata: json({ ...metadata, schemaVersion: 1 }),
    })),
  );
  return { fake, positions, store: new EventStoreDbEventStore({ client: fake.client }) };
}

describe('EventStoreDbEventStore over the real client (native reader replaced by an in-memory log)', () => {
  it('passes maxCount to the server, plus one for the inclusive start, and reads nothing more', async () => {
    const { fake, positions, store } = storeWith(10);
    const read = await collect(store.readAll({ fromPosition: positions[1], maxCount: 3 }));
    expect(read.map((event) => event.data)).toEqual([{ i: 2 }, { i: 3 }, { i: 4 }]);
    expect(fake.reads).toHaveLength(1);
    expect(fake.reads[0]).toMatchObject({ kind: 'readAll', options: { maxCount: 4n } });
  });

  it('reads the whole log in bounded pages, never one unbounded server read', async () => {
    const { fake, store } = storeWith(READ_ALL_PAGE_SIZE * 2 + 7);
    const read = await collect(store.readAll());
    expect(read).toHaveLength(READ_ALL_PAGE_SIZE * 2 + 7);
    expect(read.map((event) => (event.data as { i: number }).i)).toEqual(read.map((_, i) => i));
    expect(fake.reads.length).toBe(3);
    for (const page of fake.reads) {
      expect(page.options.maxCount).toBeLessThanOrEqual(BigInt(READ_ALL_PAGE_SIZE + 1));
    }
  });

  it('lists streams through the same bounded pages', async () => {
    const { fake, store } = storeWith(READ_ALL_PAGE_SIZE + 3, 'assessment-a');
    fake.add(
      { streamId: 'assessment-b', type: 'Opened', data: json({}) },
      { streamId: 'unit-x', type: 'Registered', data: json({}) },
    );
    expect(await store.listStreams('assessment-')).toEqual(['assessment-a', 'assessment-b']);
    expect(await store.listStreams()).toEqual(['assessment-a', 'assessment-b', 'unit-x']);
    expect(fake.reads.length).toBeGreaterThanOrEqual(4);
    for (const read of fake.reads) expect(read.options.maxCount).toBeLessThanOrEqual(BigInt(READ_ALL_PAGE_SIZE + 1));
  });

  it('keeps paging when the client-side filter drops events of a page', async () => {
    const fake = kurrentClientWithFakeBridge();
    // The server filters on stream prefix only; the type is re-checked on the client.
    for (let i = 0; i < 12; i += 1) {
      fake.add({ streamId: 'unit-1', type: i % 4 === 0 ? 'UnitRenamed' : 'UnitNoted', data: json({ i }) });
    }
    const store = new EventStoreDbEventStore({ client: fake.client });
    const read = await collect(
      store.readAll({ maxCount: 3, filter: { streamPrefixes: ['unit-'], eventTypes: ['UnitRenamed'] } }),
    );
    expect(read.map((event) => event.data)).toEqual([{ i: 0 }, { i: 4 }, { i: 8 }]);
    expect(fake.reads.length).toBeGreaterThan(1);
  });

  it('stops pulling from the server as soon as the consumer has what it asked for or leaves early', async () => {
    const { fake, store } = storeWith(30);
    for await (const _ of store.readAll()) break;
    // One batch pulled of a read that would have had ten.
    expect(fake.reads[0]).toMatchObject({ pulled: 1, exhausted: false });
  });

  it('rejects with the abort reason while a page is still on its way, and never starts on an aborted signal', async () => {
    const { fake, store } = storeWith(5);
    const controller = new AbortController();
    const iterator = store.readAll({ signal: controller.signal })[Symbol.asyncIterator]();
    await iterator.next();
    const release = fake.stall();
    const reason = new Error('health check deadline');
    const pending = iterator.next();
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    release();
    await expect(iterator.next()).resolves.toMatchObject({ done: true });

    const reads = fake.reads.length;
    await expect(collect(store.readAll({ signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
    expect(fake.reads).toHaveLength(reads);
  });

  it('reads streams from the leader, so a read right after an append sees it', async () => {
    const { fake, store } = storeWith(2);
    await collect(store.readStream('assessment-1'));
    expect(await store.streamRevision('assessment-1')).toBe(1n);
    const streamReads = fake.reads.filter((read) => read.kind === 'readStream');
    expect(streamReads).toHaveLength(2);
    for (const read of streamReads) expect(read.options.requiresLeader).toBe(true);
  });

  it('hands a non-JSON or non-object event on as an undecodable event instead of throwing', async () => {
    const fake = kurrentClientWithFakeBridge();
    fake.add(
      { streamId: 'assessment-1', type: 'CriterionSubmitted', data: json({ ok: 1 }), metadata: json(metadata) },
      // Written by another tool: truncated JSON, a JSON array, a binary payload, binary metadata.
      { streamId: 'assessment-1', type: 'CriterionSubmitted', data: '{"value": 1', isJson: true },
      { streamId: 'legacy-9', type: 'Imported', data: json([1, 2]) },
      { streamId: 'legacy-9', type: 'Blob', data: new Uint8Array([0xff, 0x00]), isJson: false },
      { streamId: 'legacy-9', type: 'Tagged', data: json({}), metadata: new Uint8Array([0xfe]) },
    );
    const store = new EventStoreDbEventStore({ client: fake.client });
    const read = await collect(store.readAll());
    expect(read.map((event) => event.type)).toEqual([
      'CriterionSubmitted',
      UNDECODABLE_EVENT_TYPE,
      UNDECODABLE_EVENT_TYPE,
      UNDECODABLE_EVENT_TYPE,
      UNDECODABLE_EVENT_TYPE,
    ]);
    expect(read.slice(1).map((event) => event.data)).toEqual([
      {
        originalType: 'CriterionSubmitted',
        reason: 'the data is not JSON (or a bare JSON string)',
        contentType: 'application/json',
      },
      { originalType: 'Imported', reason: 'the data is not a JSON object', contentType: 'application/json' },
      { originalType: 'Blob', reason: 'the data is not JSON', contentType: 'application/octet-stream' },
      { originalType: 'Tagged', reason: 'the metadata is not JSON', contentType: 'application/json' },
    ]);
    // Their positions still advance a checkpoint like any other event.
    expect(read.map((event) => event.position)).toEqual([...read.map((event) => event.position)].sort());
  });
});

describe('abortable', () => {
  it('closes the source when the loop ends early', async () => {
    let closed = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    }
    for await (const _ of abortable(source(), undefined)) break;
    expect(closed).toBe(true);
  });
});

describe('connection strings', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ['esdb://eventstore:2113?tls=false', 'kurrentdb://eventstore:2113?tls=false'],
    ['esdb+discover://cluster.dns:2113', 'kurrentdb+discover://cluster.dns:2113'],
    ['kurrentdb://a:2113,b:2113?tls=true', 'kurrentdb://a:2113,b:2113?tls=true'],
    ['kurrentdb+discover://cluster.dns:2113', 'kurrentdb+discover://cluster.dns:2113'],
    ['kdb://a:2113', 'kdb://a:2113'],
  ])('%s is handed to the client as %s', (given, expected) => {
    expect(toClientConnectionString(given)).toBe(expected);
  });

  it.each([
    'esdb://127.0.0.1:1?tls=false',
    'esdb+discover://127.0.0.1:1?tls=false',
    'kurrentdb://127.0.0.1:1?tls=false',
    'kurrentdb+discover://127.0.0.1:1?tls=false',
    'kurrent://127.0.0.1:1,127.0.0.1:2?tls=false',
    'kdb+discover://127.0.0.1:1?tls=false',
  ])("the real client accepts %s without printing the 'esdb' deprecation warning", async (connectionString) => {
    const client = createKurrentClient(connectionString);
    expect(client).toBeInstanceOf(KurrentDBClient);
    await client.dispose();
    expect(warn).not.toHaveBeenCalled();
  });

  it('the bare client does print it: that is what the rewrite keeps out of the JSON logs', async () => {
    const client = KurrentDBClient.connectionString('esdb://127.0.0.1:1?tls=false');
    await client.dispose();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("'esdb' protocol is deprecated"));
  });
});
