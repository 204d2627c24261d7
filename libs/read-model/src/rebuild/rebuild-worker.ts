/**
 * A rebuild worker thread (see stream-workers.ts): folds, scores and serialises streams and answers with
 * each stream's COPY text per table and its outcome. The events either come from the main thread (`stream`)
 * or, when it was given an event store to read (`columns.events`), the worker reads them itself (`read`):
 * then the main thread only writes what the workers answer.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { getCatalogue } from '@dti/catalogue';
import { DOMAIN_UPCASTERS } from '@dti/domain';
import { GuardedPgClient, PostgresEventStore, type RecordedEvent } from '@dti/event-store';
import { Pool } from 'pg';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { copyLines, isConnectionLoss, type CopyColumns } from './row-sink';
import { readStreamUpTo, rebuildStreamEvents, type StreamRebuilt } from './stream-rebuild';

/** Where a worker reads events itself: a PostgreSQL event store's connection and schema. */
export interface WorkerEventSource {
  connectionString: string;
  schema: string;
}

export type WorkerRequest =
  | { kind: 'columns'; columns: Record<string, CopyColumns>; events?: WorkerEventSource }
  | { kind: 'stream'; id: number; streamId: string; events: RecordedEvent[] }
  | { kind: 'read'; id: number; streamId: string; head: string };

/** A table's COPY text of one stream: entity name, the lines as UTF-8, how many rows. */
export type WorkerLines = [string, Uint8Array, number];

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'stream'; id: number; ok: true; rebuilt: StreamRebuilt; lines: WorkerLines[] }
  | { kind: 'stream'; id: number; ok: false; error: string };

/** The entity's name, as both threads know it (the classes are the same module's). */
export function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : String(entity);
}

const READ_ATTEMPTS = 6;

if (parentPort !== null) {
  const port = parentPort;
  let columns: Record<string, CopyColumns> = {};
  let store: PostgresEventStore | undefined;

  const fold = async (id: number, streamId: string, events: readonly RecordedEvent[]): Promise<void> => {
    const byEntity = new Map<string, { lines: string[] }>();
    const collector = {
      add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]): void {
        if (rows.length === 0) return;
        const name = entityName(entity);
        const known = columns[name];
        if (known === undefined) throw new TypeError(`The rebuild worker knows no columns of ${name}`);
        let table = byEntity.get(name);
        if (table === undefined) byEntity.set(name, (table = { lines: [] }));
        for (const line of copyLines(known, rows)) table.lines.push(line);
      },
    };
    const rebuilt = await rebuildStreamEvents(events, collector, streamId, getCatalogue);
    // One UTF-8 buffer per table, handed over (transferred, not copied): the main thread only sends it.
    const lines: WorkerLines[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const [name, table] of byEntity) {
      const bytes = Buffer.from(table.lines.join(''), 'utf8');
      // A Buffer may be a view of Node's shared pool: copied out when it is not its own memory.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? bytes
          : Uint8Array.prototype.slice.call(bytes);
      lines.push([name, own, table.lines.length]);
      transfer.push(own.buffer as ArrayBuffer);
    }
    port.postMessage({ kind: 'stream', id, ok: true, rebuilt, lines } satisfies WorkerReply, transfer);
  };

  const read = async (streamId: string, head: bigint): Promise<RecordedEvent[]> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await readStreamUpTo(store as PostgresEventStore, streamId, head);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isConnectionLoss(error)) throw error;
        await sleep(100 * 2 ** (attempt - 1));
      }
    }
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'columns') {
      columns = request.columns;
      if (request.events !== undefined) {
        const pool = new Pool({ connectionString: request.events.connectionString, max: 1, Client: GuardedPgClient });
        pool.on('error', () => undefined);
        store = new PostgresEventStore({ pool, schema: request.events.schema, upcasters: DOMAIN_UPCASTERS });
      }
      return;
    }
    const work =
      request.kind === 'stream'
        ? fold(request.id, request.streamId, request.events)
        : read(request.streamId, BigInt(request.head)).then((events) => fold(request.id, request.streamId, events));
    work.catch((error: unknown) =>
      port.postMessage({
        kind: 'stream',
        id: request.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies WorkerReply),
    );
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}
