import { escapeIdentifier } from 'pg';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { readModelSchemaOf } from '../read-model-schema';

interface Statement {
  sql: string;
  /** The statement with `$1` left as `{json}`, for a batch's CTE. */
  template: string;
  columns: Array<{ property: string; column: string }>;
}

const statements = new WeakMap<object, Map<string, Statement>>();

/**
 * Writes rows with ONE plain parameterised statement — `INSERT … SELECT … FROM json_populate_recordset`,
 * as the rebuild's row sink writes them (so a row is stored the same either way) — either replacing a
 * row with the same key (`update`) or leaving it (`ignore`: rows that never change once written, as
 * audit entries). No query builder: the SQL is made once per entity from its metadata and kept.
 */
export async function writeRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly T[],
  onConflict: 'update' | 'ignore',
): Promise<void> {
  if (rows.length === 0) return;
  const statement = statementOf(manager, entity, onConflict);
  for (let i = 0; i < rows.length; i += 2000) {
    const json = JSON.stringify(rows.slice(i, i + 2000).map((row) => recordOf(statement, row)));
    await manager.query(statement.sql, [json]);
  }
}

function statementOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, onConflict: string): Statement {
  const metadata = manager.connection.getMetadata(entity);
  const schema = readModelSchemaOf(manager.connection);
  let bySchema = statements.get(metadata.target as object);
  if (bySchema === undefined) statements.set(metadata.target as object, (bySchema = new Map()));
  const cacheKey = `${schema}\u0000${onConflict}`;
  const known = bySchema.get(cacheKey);
  if (known !== undefined) return known;
  const table = `${escapeIdentifier(schema)}.${escapeIdentifier(metadata.tableName)}`;
  const columns = metadata.columns
    .filter((column) => !column.isGenerated && !column.isVirtual)
    .map((column) => ({ property: column.propertyName, column: column.databaseName }));
  const keys = metadata.primaryColumns.map((column) => column.databaseName);
  const list = columns.map((column) => escapeIdentifier(column.column)).join(', ');
  const updates = columns
    .filter((column) => !keys.includes(column.column))
    .map((column) => `${escapeIdentifier(column.column)} = EXCLUDED.${escapeIdentifier(column.column)}`)
    .join(', ');
  const conflict =
    onConflict === 'update' && updates.length > 0
      ? `ON CONFLICT (${keys.map(escapeIdentifier).join(', ')}) DO UPDATE SET ${updates}`
      : 'ON CONFLICT DO NOTHING';
  const template = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, {json}::json) ${conflict}`;
  const statement = { sql: template.replace('{json}', '$1'), template, columns };
  bySchema.set(cacheKey, statement);
  return statement;
}

function recordOf(statement: Statement, row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const { property, column } of statement.columns) {
    const value = source[property];
    record[column] = value === undefined ? null : value;
  }
  return record;
}

/**
 * Several writes sent as ONE parameterised statement: each a data-modifying CTE (`WITH w0 AS (INSERT …),
 * w1 AS (…) SELECT …`), so a job's rows and bookkeeping cost one round trip instead of one per table. Every
 * CTE sees the same snapshot and none sees another's changes: a batch must never write a row twice (an upsert
 * and a delete of the same key, say) — callers keep the parts on disjoint rows.
 */
export class StatementBatch {
  private readonly parts: string[] = [];
  private readonly values: unknown[] = [];

  constructor(private readonly manager: EntityManager) {}

  /** A placeholder for `value`. */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A data-modifying statement (or a query) named `name` (default: the next `wN`), which later parts may read. */
  add(sql: string, name = `w${this.parts.length}`): this {
    this.parts.push(`${name} AS (${sql})`);
    return this;
  }

  /** `writeRows` as a part: nothing when there are no rows. */
  rows<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[], onConflict: 'update' | 'ignore'): this {
    if (rows.length === 0) return this;
    const statement = statementOf(this.manager, entity, onConflict);
    const json = JSON.stringify(rows.map((row) => recordOf(statement, row)));
    return this.add(statement.template.replace('{json}', this.param(json)));
  }

  get size(): number {
    return this.parts.length;
  }

  /** Runs the parts and `select` (default: nothing) in one statement; its rows. */
  async run<R = Record<string, unknown>>(select = 'SELECT 1 WHERE false'): Promise<R[]> {
    if (this.parts.length === 0) return this.manager.query(select, this.values);
    return this.manager.query(`WITH ${this.parts.join(',\n')}\n${select}`, this.values);
  }
}
