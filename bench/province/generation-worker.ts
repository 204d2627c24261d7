/**
 * Worker-thread side of the province generation: the domain's fold copies a stream's submissions on
 * every event, so one unit-quarter of ~1,700 events is CPU-heavy; the two cores share the streams.
 */
import { parentPort } from 'node:worker_threads';
import { generateStream, type StreamJob } from '../../scripts/seed/province/stream-generation';

parentPort?.on('message', (job: StreamJob) => {
  try {
    parentPort?.postMessage({ ok: true, result: generateStream(job) });
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
