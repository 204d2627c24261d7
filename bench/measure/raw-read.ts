import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';

export interface RawReadResult {
  events: number;
  seconds: number;
  eventsPerSec: number;
  pageSize: number;
}

/**
 * The floor any rebuild stands on: every event read back from the events table by keyset pages
 * (`WHERE position > $1 ORDER BY position LIMIT n`), the jsonb columns decoded to objects by the driver,
 * on one connection, with no projection work at all.
 */
export async function rawKeysetRead(pool: Pool, schema: string, pageSize: number): Promise<RawReadResult> {
  const sql = `SELECT position, event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at
                 FROM "${schema}".events WHERE position > $1 ORDER BY position LIMIT $2`;
  const client = await pool.connect();
  try {
    const started = performance.now();
    let after = '0';
    let events = 0;
    for (;;) {
      const { rows } = await client.query<{ position: string; data: unknown }>(sql, [after, pageSize]);
      events += rows.length;
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1].position;
    }
    const seconds = (performance.now() - started) / 1000;
    return { events, seconds, eventsPerSec: Math.round(events / seconds), pageSize };
  } finally {
    client.release();
  }
}
