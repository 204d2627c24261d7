import type { DataSource, EntityManager } from 'typeorm';
import { PROJECTION_TABLES } from '../read-model.entities';
import { qualifiedTable } from '../read-model-schema';

/** Table → "<rows>:<md5 of its rows as text, sorted>". */
export type ReadModelChecksums = Record<(typeof PROJECTION_TABLES)[number], string>;

/**
 * A fingerprint of every projection table: the row count and the md5 of all rows' text, sorted. Two read
 * models with equal checksums hold the same rows, value for value (bookkeeping is left out: it records
 * how and when rows were written, not what they say). How a rebuild is proven identical to the live
 * projection.
 */
export async function readModelChecksums(db: DataSource | EntityManager): Promise<ReadModelChecksums> {
  const connection = 'connection' in db ? db.connection : db;
  const sums: Partial<ReadModelChecksums> = {};
  for (const table of PROJECTION_TABLES) {
    const [row] = (await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum
         FROM ${qualifiedTable(connection, table)} t`,
    )) as Array<{ rows: number; sum: string }>;
    sums[table] = `${row.rows}:${row.sum}`;
  }
  return sums as ReadModelChecksums;
}
