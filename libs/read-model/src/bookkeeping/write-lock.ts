import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { assertReadModelSchema, readModelSchemaOf } from '../read-model-schema';

/** An arbitrary first key of the writers' lock; the second is the schema name's hash. */
const WRITERS_LOCK_CLASS = 1_382_113_272;

/**
 * Every transaction that writes the live read model takes this lock SHARED as its first statement; a
 * rebuild's swap takes it EXCLUSIVELY around renaming the schemas. So no write can straddle the swap
 * (half in the old tables, half in the new ones): writes in flight finish first, new ones wait the few
 * milliseconds the swap takes and then resolve the table names to the new schema.
 */
export async function lockReadModelForWrite(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [
    WRITERS_LOCK_CLASS,
    readModelSchemaOf(manager.connection),
  ]);
}

/**
 * A write transaction whose START and shared writers' lock (and any further advisory locks, as SQL text
 * without parameters) go to PostgreSQL in ONE round trip: a simple query may hold several statements, and
 * each is parsed only when the one before has run, so the tables of the statements after the lock still
 * resolve to the schema the lock protects. COMMIT is the other round trip; a failure rolls back.
 */
export async function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  locks: readonly string[] = [],
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const schema = escapeLiteral(readModelSchemaOf(dataSource));
    await runner.query(
      [
        'START TRANSACTION',
        `SELECT pg_advisory_xact_lock_shared(${WRITERS_LOCK_CLASS}, hashtext(${schema}))`,
        ...locks,
      ].join('; '),
    );
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    // Never hand the pool a connection inside a failed transaction (a ROLLBACK outside one only warns);
    // the connection may be gone too: the failure that matters is the first.
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** The swap's side of the lock: waits for writers in flight, keeps new ones out until COMMIT. */
export function exclusiveWritersLockSql(): string {
  return 'SELECT pg_advisory_xact_lock($1, hashtext($2))';
}

export function writersLockParams(schema: string): [number, string] {
  return [WRITERS_LOCK_CLASS, assertReadModelSchema(schema)];
}

/** A transaction holding the writers' lock shared: for the writes that are a statement or two. */
export function writeReadModel<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await lockReadModelForWrite(manager);
    return work(manager);
  });
}

/**
 * Which schema object the read model's name currently designates. A rebuild swaps in a new schema
 * under the same name, so a changed epoch tells a long-running writer (the projector's feed) that
 * what it holds in memory describes tables that were replaced. Read with a plain catalog query: it
 * sees the committed rename at once, whatever the session has cached.
 */
export async function readModelEpoch(manager: EntityManager): Promise<string | null> {
  const rows: Array<{ oid: string }> = await manager.query(
    'SELECT oid::text AS oid FROM pg_catalog.pg_namespace WHERE nspname = $1',
    [readModelSchemaOf(manager.connection)],
  );
  return rows[0]?.oid ?? null;
}
