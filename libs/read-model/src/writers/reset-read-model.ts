import type { DataSource } from 'typeorm';
import { BOOKKEEPING_TABLES, PROJECTION_TABLES } from '../read-model.entities';
import { qualifiedTable } from '../read-model-schema';

/**
 * Empties every projection and the bookkeeping, checkpoint included, so the next projector start replays
 * the whole log. Stop the projector first: a running one would write its in-memory checkpoint back.
 */
export async function resetReadModel(dataSource: DataSource): Promise<void> {
  const tables = [...PROJECTION_TABLES, ...BOOKKEEPING_TABLES].map((table) => qualifiedTable(dataSource, table));
  await dataSource.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY`);
}
