import { escapeIdentifier } from 'pg';
import type { DataSource } from 'typeorm';

/** Same rule as the platform's READ_MODEL_SCHEMA setting: safe unquoted and inside SQL text. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class ReadModelSchemaError extends Error {
  override readonly name = 'ReadModelSchemaError';
  readonly code = 'INVALID_READ_MODEL_SCHEMA' as const;
}

export function assertReadModelSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new ReadModelSchemaError(
      `READ_MODEL_SCHEMA "${schema}" must be a lower-case PostgreSQL identifier (a-z, 0-9, _)`,
    );
  }
  return schema;
}

/** The schema a DataSource's entities live in (its `schema` option; PostgreSQL's default otherwise). */
export function readModelSchemaOf(dataSource: Pick<DataSource, 'options'>): string {
  const options = dataSource.options as { schema?: string };
  return assertReadModelSchema(options.schema ?? 'public');
}

/** Replaces `{schema}` with the quoted schema name. */
export function renderReadModelSql(sql: string, schema: string): string {
  return sql.replaceAll('{schema}', escapeIdentifier(assertReadModelSchema(schema)));
}

/** `"schema"."table"`, for the few raw statements (views, locks, truncation). */
export function qualifiedTable(dataSource: Pick<DataSource, 'options'>, table: string): string {
  return `${escapeIdentifier(readModelSchemaOf(dataSource))}.${escapeIdentifier(table)}`;
}
