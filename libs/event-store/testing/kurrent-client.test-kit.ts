import type * as bridge from '@kurrent/bridge';
import { KurrentDBClient } from '@kurrent/kurrentdb-client';

/**
 * A REAL KurrentDBClient whose native reader (the @kurrent/bridge Rust addon, the only part that needs a
 * server) is replaced by an in-memory log of bridge-shaped records. Everything the client does on top
 * (option defaults, maxCount and requiresLeader, converting records, errors) runs as shipped, so tests see
 * what the adapter really sends and receives. The grpc-js side (appends, subscriptions) is not touched.
 */
export interface RecordedRead {
  kind: 'readAll' | 'readStream';
  streamName?: string;
  options: Record<string, unknown>;
  /** Batches the client pulled from the native iterator. */
  pulled: number;
  /** True once the native iterator yielded its last batch (done). */
  exhausted: boolean;
}

export interface BridgeRecord {
  streamId: string;
  type: string;
  /** JSON text, or raw bytes for a binary event. */
  data: string | Uint8Array;
  metadata?: string | Uint8Array;
  isJson?: boolean;
}

export interface FakeBridge {
  client: KurrentDBClient;
  reads: RecordedRead[];
  /** Appends bridge records to the log; returns their commit positions. */
  add(...records: BridgeRecord[]): bigint[];
  /** Makes the next native `next()` hang until the returned function is called. */
  stall(): () => void;
}

const BATCH = 3;

/** `grpcEndpoint`: where the client's grpc-js side connects (appends, subscriptions, server features). */
export function kurrentClientWithFakeBridge(
  grpcEndpoint: { address: string; port: number } = { address: '127.0.0.1', port: 2113 },
): FakeBridge {
  const log: bridge.RecordedEvent[] = [];
  const reads: RecordedRead[] = [];
  const revisions = new Map<string, bigint>();
  let stalled: Promise<void> | undefined;

  const iterate = (read: RecordedRead, events: bridge.RecordedEvent[]): AsyncIterable<bridge.ResolvedEvent[]> => ({
    // Like the real bridge: `next()` only, no `return()` (a native read cannot be cancelled).
    [Symbol.asyncIterator]: () => {
      let offset = 0;
      return {
        async next() {
          if (stalled) await stalled;
          const batch = events.slice(offset, offset + BATCH);
          offset += batch.length;
          read.pulled += 1;
          if (batch.length === 0) {
            read.exhausted = true;
            return { done: true, value: [] };
          }
          return { done: false, value: batch.map((event) => ({ event, commitPosition: event.position?.commit })) };
        },
      };
    },
  });

  const rustClient: bridge.RustClient = {
    readAll(options) {
      const read: RecordedRead = { kind: 'readAll', options: { ...options }, pulled: 0, exhausted: false };
      reads.push(read);
      const backwards = options?.direction === 'backwards';
      const from = options?.fromPosition;
      let events = [...log];
      if (typeof from === 'object' && from !== null) {
        events = events.filter((event) => event.position!.commit >= from.commit);
      }
      if (backwards) events.reverse();
      return iterate(read, events.slice(0, Number(options?.maxCount ?? BigInt(Number.MAX_SAFE_INTEGER))));
    },
    readStream(streamName, options) {
      const read: RecordedRead = {
        kind: 'readStream',
        streamName,
        options: { ...options },
        pulled: 0,
        exhausted: false,
      };
      reads.push(read);
      let events = log.filter((event) => event.streamId === streamName);
      if (options?.direction === 'backwards') events.reverse();
      const from = options?.fromRevision;
      if (typeof from === 'bigint') events = events.filter((event) => event.revision >= from);
      return iterate(read, events.slice(0, Number(options?.maxCount ?? BigInt(Number.MAX_SAFE_INTEGER))));
    },
  };

  const Client = KurrentDBClient as unknown as new (
    rust: bridge.RustClient,
    settings: { endpoint: { address: string; port: number } },
    credentials: { insecure: boolean },
  ) => KurrentDBClient;
  const client = new Client(rustClient, { endpoint: grpcEndpoint }, { insecure: true });

  const bytes = (value: string | Uint8Array | undefined) =>
    value === undefined ? new Uint8Array() : typeof value === 'string' ? new Uint8Array(Buffer.from(value)) : value;

  return {
    client,
    reads,
    add(...records) {
      return records.map((record) => {
        const revision = (revisions.get(record.streamId) ?? -1n) + 1n;
        revisions.set(record.streamId, revision);
        const commit = BigInt((log.length + 1) * 128);
        log.push({
          streamId: record.streamId,
          id: `00000000-0000-4000-8000-${String(log.length + 1).padStart(12, '0')}`,
          type: record.type,
          isJson: record.isJson ?? typeof record.data === 'string',
          revision,
          created: Date.UTC(2026, 0, 1) + log.length,
          data: bytes(record.data),
          metadata: bytes(record.metadata),
          position: { commit, prepare: commit },
        });
        return commit;
      });
    },
    stall() {
      let release!: () => void;
      stalled = new Promise<void>((resolve) => (release = resolve));
      return () => {
        stalled = undefined;
        release();
      };
    },
  };
}
