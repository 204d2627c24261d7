import { escapeLiteral } from 'pg';
import type { EntityManager } from 'typeorm';
import { readModelSchemaOf } from '../read-model-schema';

/** An arbitrary first key of the register lock; the second is the schema's hash. */
const REGISTER_LOCK_CLASS = 1_382_113_271;

/**
 * The register of units decides every quarter's population. A unit write takes this lock exclusively
 * (for its transaction) before changing `units`; a period job takes it shared before reading `units`.
 * Without it, a period row created while a unit write is in flight could be built from the old register
 * and never be marked dirty by that write (it dirties only the periods that existed when it looked).
 */
export async function lockRegisterForWrite(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    REGISTER_LOCK_CLASS,
    readModelSchemaOf(manager.connection),
  ]);
}

export async function lockRegisterForRead(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [
    REGISTER_LOCK_CLASS,
    readModelSchemaOf(manager.connection),
  ]);
}

/** The same locks as SQL text without parameters, for `writeTransaction`'s first round trip. */
export function registerLockSql(schema: string, mode: 'write' | 'read'): string {
  const lock = mode === 'write' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  return `SELECT ${lock}(${REGISTER_LOCK_CLASS}, hashtext(${escapeLiteral(schema)}))`;
}
