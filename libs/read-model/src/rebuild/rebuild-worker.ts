/**
 * A rebuild worker thread (see stream-workers.ts): folds, scores and serialises the streams the main thread
 * reads and sends it, and answers with each stream's COPY lines per table and its outcome. It touches no
 * database: the main thread reads the events and writes the lines.
 */
import { parentPort } from 'node:worker_threads';
import { getCatalogue } from '@dti/catalogue';
import type { RecordedEvent } from '@dti/event-store';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { copyLines, type CopyColumns } from './row-sink';
import { rebuildStreamEvents, type StreamRebuilt } from './stream-rebuild';

export type WorkerRequest =
  | { kind: 'columns'; columns: Record<string, CopyColumns> }
  | { kind: 'stream'; id: number; streamId: string; events: RecordedEvent[] };

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'stream'; id: number; ok: true; rebuilt: StreamRebuilt; lines: Array<[string, string[]]> }
  | { kind: 'stream'; id: number; ok: false; error: string };

/** The entity's name, as both threads know it (the classes are the same module's). */
export function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === 'function' ? entity.name : String(entity);
}

if (parentPort !== null) {
  const port = parentPort;
  let columns: Record<string, CopyColumns> = {};
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'columns') {
      columns = request.columns;
      return;
    }
    const lines: Array<[string, string[]]> = [];
    const collector = {
      add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]): void {
        if (rows.length === 0) return;
        const name = entityName(entity);
        const known = columns[name];
        if (known === undefined) throw new TypeError(`The rebuild worker knows no columns of ${name}`);
        lines.push([name, copyLines(known, rows)]);
      },
    };
    rebuildStreamEvents(request.events, collector, request.streamId, getCatalogue).then(
      (rebuilt) => port.postMessage({ kind: 'stream', id: request.id, ok: true, rebuilt, lines } satisfies WorkerReply),
      (error: unknown) =>
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
