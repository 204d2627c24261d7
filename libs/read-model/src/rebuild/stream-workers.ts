import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RecordedEvent } from '@dti/event-store';
import type { CopyColumns } from './row-sink';
import type { WorkerEventSource, WorkerLines, WorkerReply, WorkerRequest } from './rebuild-worker';
import type { StreamRebuilt } from './stream-rebuild';

/** What a worker made of one stream: its outcome, and its rows as COPY text (UTF-8) by entity name. */
export interface StreamWork {
  rebuilt: StreamRebuilt;
  lines: WorkerLines[];
}

interface Thread {
  worker: Worker | null;
  state: 'starting' | 'ready' | 'failed';
  busy: boolean;
  pending: Map<number, { resolve: (work: StreamWork) => void; reject: (error: unknown) => void }>;
}

/**
 * Worker threads that fold, score and serialise streams for the rebuild while the main thread reads the
 * events and writes the rows (issue #12: one thread did everything). They start in the background: until
 * one is ready (a TypeScript source tree compiles itself first), `run` answers null and the caller folds
 * in its own thread, so a small rebuild never waits for them. A worker that cannot start is left out; one
 * that dies mid-stream fails that stream's work (and so the rebuild, which can be run again).
 *
 * Loaded from compiled JavaScript (dist) the worker is `rebuild-worker.js` beside this file; from the
 * TypeScript sources (ts-node, Jest) it is the sources bundled once by esbuild (or, failing that, compiled
 * by ts-node in the worker, as the bench's generation workers do).
 */
export class StreamWorkers {
  private readonly threads: Thread[] = [];
  private readonly idle: Array<() => void> = [];
  private nextId = 0;
  private closed = false;

  /** Streams folded on the workers. */
  streamsFolded = 0;

  /**
   * `wait`: asked for explicitly, streams wait for a worker to start (each folds on one unless none can
   * start); otherwise this thread folds until one is ready. `events`: where the workers read events
   * themselves (`read`), instead of being sent them.
   */
  constructor(
    size: number,
    columns: Record<string, CopyColumns>,
    private readonly wait = false,
    private readonly events?: WorkerEventSource,
  ) {
    for (let i = 0; i < size; i++) {
      const thread: Thread = { worker: null, state: 'starting', busy: false, pending: new Map() };
      this.threads.push(thread);
      spawnWorker().then(
        (worker) => this.attach(thread, worker, columns),
        () => {
          thread.state = 'failed';
          this.wakeAll();
        },
      );
    }
  }

  private attach(thread: Thread, worker: Worker, columns: Record<string, CopyColumns>): void {
    thread.worker = worker;
    if (this.closed) {
      void worker.terminate();
      return;
    }
    {
      worker.postMessage({ kind: 'columns', columns, events: this.events } satisfies WorkerRequest);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          thread.state = 'ready';
          this.wakeOne();
          return;
        }
        const waiting = thread.pending.get(reply.id);
        thread.pending.delete(reply.id);
        thread.busy = false;
        this.wakeOne();
        if (waiting === undefined) return;
        if (reply.ok) waiting.resolve({ rebuilt: reply.rebuilt, lines: reply.lines });
        else waiting.reject(new Error(`A rebuild worker failed: ${reply.error}`));
      });
      const fail = (error: unknown): void => {
        thread.state = 'failed';
        for (const waiting of thread.pending.values()) waiting.reject(error);
        thread.pending.clear();
        this.wakeAll();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`A rebuild worker exited (code ${code})`)));
    }
  }

  /** Ready workers. */
  get ready(): number {
    return this.threads.filter((thread) => thread.state === 'ready').length;
  }

  /**
   * Folds the stream on a ready worker (waiting for one to be free), or answers null when none is ready
   * yet (or none could start): the caller does it in its own thread.
   */
  async run(streamId: string, events: RecordedEvent[]): Promise<StreamWork | null> {
    const free = await this.free();
    return free === null ? null : this.send(free, { kind: 'stream', id: 0, streamId, events });
  }

  /** Whether the workers read events themselves (`read`). */
  get reading(): boolean {
    return this.events !== undefined;
  }

  /**
   * Has a ready worker read the stream up to `head` itself and fold it (only with an event source), or
   * answers null when none is ready (or none could start): the caller reads and folds it.
   */
  async read(streamId: string, head: bigint): Promise<StreamWork | null> {
    const free = await this.free();
    return free === null ? null : this.send(free, { kind: 'read', id: 0, streamId, head: head.toString() });
  }

  /** A ready worker not busy (waiting for one), or null when none is ready and none is worth waiting for. */
  private async free(): Promise<Thread | null> {
    for (;;) {
      const ready = this.threads.filter((thread) => thread.state === 'ready');
      if (ready.length === 0 && !(this.wait && this.threads.some((thread) => thread.state === 'starting'))) {
        return null;
      }
      const free = ready.find((thread) => !thread.busy);
      if (free !== undefined) return free;
      await new Promise<void>((resolve) => this.idle.push(resolve));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((thread) => thread.worker?.terminate().catch(() => undefined)));
  }

  private send(
    thread: Thread,
    request: Extract<WorkerRequest, { kind: 'stream' }> | Extract<WorkerRequest, { kind: 'read' }>,
  ): Promise<StreamWork> {
    const id = ++this.nextId;
    thread.busy = true;
    this.streamsFolded += 1;
    return new Promise<StreamWork>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker?.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  private wakeOne(): void {
    this.idle.shift()?.();
  }

  private wakeAll(): void {
    for (const wake of this.idle.splice(0)) wake();
  }
}

/** A started worker thread, from compiled JavaScript or, in a TypeScript source tree, from a bundle. */
async function spawnWorker(): Promise<Worker> {
  // A young generation larger than V8's default: a stream's fold makes hundreds of MB of short-lived rows
  // and text, and scavenges were the largest single cost of the rebuild's thread (BENCHMARKS.md).
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'rebuild-worker.js'), { resourceLimits });
  const entry = join(__dirname, 'rebuild-worker.ts');
  let code: string;
  try {
    code = await bundleOf(entry);
  } catch {
    // Without esbuild, ts-node compiles the worker's sources itself (seconds of CPU per worker).
    return new Worker(
      `require('ts-node').register({ transpileOnly: true }); require('tsconfig-paths/register'); ` +
        `require(${JSON.stringify(entry)});`,
      { eval: true, resourceLimits },
    );
  }
  // The bundle's packages resolve from the sources' folder, wherever the process was started.
  return new Worker(
    `const { createRequire } = require('node:module');\n` +
      `const bundled = { exports: {} };\n` +
      `(function (require, module, exports, __filename, __dirname) {\n${code}\n})(` +
      `createRequire(${JSON.stringify(entry)}), bundled, bundled.exports, ${JSON.stringify(entry)}, ` +
      `${JSON.stringify(__dirname)});`,
    { eval: true, resourceLimits },
  );
}

const YOUNG_GENERATION_MB = 96;

let bundle: Promise<string> | undefined;

/**
 * The worker and the sources it imports as one CommonJS text, made once per process with esbuild (the web
 * build's bundler; the path aliases from tsconfig.json, packages left to `require`): under ts-node or Jest
 * a worker would otherwise compile every source again, ~4 s of CPU each.
 */
function bundleOf(entry: string): Promise<string> {
  bundle ??= (async () => {
    // Not a dependency of the compiled services: only a source tree (with its dev dependencies) comes here.
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      target: `node${process.versions.node.split('.')[0]}`,
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
    });
    return built.outputFiles[0].text;
  })();
  return bundle;
}
