import { performance } from 'node:perf_hooks';
import type { EventStore } from '@dti/event-store';
import { replayFromStore } from '@dti/read-model';
import type { Pool } from 'pg';
import type { SeededRandom } from '../../scripts/seed/province/seeded-random';
import { percentiles, type Percentiles } from '../support/percentiles';

export interface AsOfSample {
  unit: string;
  period: string;
  /** A global position inside the unit-quarter's stream: the scorecard "as it stood" then. */
  position: string;
}

/**
 * Unit-quarters of the generated range with a position drawn inside each one's stream (between its first
 * and last event), for the as-of measurements in process and over HTTP.
 */
export async function drawAsOfSamples(
  pool: Pool,
  eventStoreSchema: string,
  streams: ReadonlyArray<{ unit: string; period: string }>,
  count: number,
  random: SeededRandom,
): Promise<AsOfSample[]> {
  const samples: AsOfSample[] = [];
  for (let i = 0; i < count; i += 1) {
    const { unit, period } = random.pick(streams);
    const streamId = `assessment-${unit}-${period.replace('-', '')}`;
    const { rows } = await pool.query<{ revision: string }>(
      `SELECT revision::text FROM "${eventStoreSchema}".streams WHERE stream_id = $1`,
      [streamId],
    );
    if (rows.length === 0) continue;
    const revision = random.int(0, Number(rows[0].revision));
    const at = await pool.query<{ position: string }>(
      `SELECT position::text FROM "${eventStoreSchema}".events WHERE stream_id = $1 AND revision = $2`,
      [streamId, revision],
    );
    samples.push({ unit, period, position: at.rows[0].position });
  }
  return samples;
}

/** `replayFromStore` (read the stream, fold up to the position, score) timed in this process. */
export async function measureAsOfReplay(
  store: EventStore,
  samples: readonly AsOfSample[],
): Promise<Percentiles & { count: number; max: number; mean: number }> {
  const times: number[] = [];
  for (const sample of samples) {
    const started = performance.now();
    const { replayed } = await replayFromStore(store, {
      unit: sample.unit,
      period: sample.period,
      asOf: { position: BigInt(sample.position) },
    });
    if (replayed === null)
      throw new Error(`Nothing replayed for ${sample.unit} ${sample.period} at ${sample.position}`);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}
