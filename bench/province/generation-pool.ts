import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { generateStream, type StreamJob, type StreamResult } from '../../scripts/seed/province/stream-generation';

type Reply = { ok: true; result: StreamResult } | { ok: false; error: string };

/**
 * Generates streams on `size` worker threads (or in this thread when size is 1: the smoke test runs under
 * Jest's transformer, which a worker thread would not inherit). Results come back in job order.
 */
export class GenerationPool {
  private readonly workers: Worker[] = [];

  constructor(size: number) {
    // Workers load the TypeScript sources through ts-node, as the bench itself runs.
    const entry = join(__dirname, 'generation-worker.ts');
    const bootstrap = `require('ts-node/register/transpile-only'); require('tsconfig-paths/register'); require(${JSON.stringify(entry)});`;
    for (let i = 0; i < (size > 1 ? size : 0); i += 1) this.workers.push(new Worker(bootstrap, { eval: true }));
  }

  async run(jobs: readonly StreamJob[]): Promise<StreamResult[]> {
    if (this.workers.length === 0) return jobs.map(generateStream);
    const results: StreamResult[] = new Array<StreamResult>(jobs.length);
    let next = 0;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < jobs.length) {
          const index = next;
          next += 1;
          results[index] = await ask(worker, jobs[index]);
        }
      }),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function ask(worker: Worker, job: StreamJob): Promise<StreamResult> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      worker.off('message', onMessage);
      reject(error);
    };
    const onMessage = (reply: Reply): void => {
      worker.off('error', onError);
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`Generating ${job.label} failed in a worker: ${reply.error}`));
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(job);
  });
}
