import { setTimeout as sleep } from 'node:timers/promises';
import { escapeIdentifier, type Pool } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readModelSchemaOf } from '../read-model-schema';

export interface RowSinkOptions {
  /** Rows per INSERT statement; default 2000. */
  batchRows?: number;
  /** INSERT statements in flight before `add` waits; default 2 (one per pool connection). */
  maxInFlight?: number;
  /** Characters of JSON per INSERT statement at most (a batch is cut short past it); default 32 Mi. */
  maxBatchChars?: number;
  /** Attempts of a batch whose connection was lost; default 6, backoff 100 ms doubling. */
  attempts?: number;
  /** Told about each retried batch. */
  onRetry?: (table: string, attempt: number, error: unknown) => void;
}

interface TableWriter {
  table: string;
  sql: string;
  columns: Array<{ property: string; column: string }>;
  pending: object[];
}

/**
 * Writes rows in large batches: each batch is ONE statement, `INSERT … SELECT … FROM
 * json_populate_recordset(NULL::table, $1::json)`, so Node only serializes JSON (native code) and
 * PostgreSQL turns it into tuples on its own core. Columns come from the entities' TypeORM metadata, so a
 * row is written exactly as the live writers' `manager.insert` writes it.
 *
 * A batch whose connection dies (a restart, pg_terminate_backend) is sent again: `ON CONFLICT DO NOTHING`
 * makes the retry idempotent when the first attempt had committed after all (rows are keyed and the
 * rebuild writes each key once). Any other error fails the rebuild.
 */
export class RowSink {
  private readonly writers = new Map<EntityTarget<ObjectLiteral>, TableWriter>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private readonly batchRows: number;
  private readonly maxInFlight: number;
  private readonly attempts: number;
  private readonly maxBatchChars: number;
  rowsWritten = 0;

  constructor(
    private readonly pool: Pool,
    private readonly dataSource: DataSource,
    private readonly options: RowSinkOptions = {},
  ) {
    this.batchRows = options.batchRows ?? 2000;
    this.maxInFlight = options.maxInFlight ?? 2;
    this.attempts = options.attempts ?? 6;
    this.maxBatchChars = options.maxBatchChars ?? 32 * 1024 * 1024;
  }

  /** Queues rows of an entity; waits while too many batches are in flight (back-pressure). */
  async add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
    if (rows.length === 0) return;
    const writer = this.writerOf(entity);
    for (const row of rows) writer.pending.push(row);
    if (writer.pending.length >= this.batchRows) await this.flush(writer);
  }

  /** Sends everything queued and waits until every batch is written. */
  async drain(): Promise<void> {
    for (const writer of this.writers.values()) if (writer.pending.length > 0) await this.flush(writer);
    await Promise.all([...this.inFlight]);
    this.throwIfFailed();
  }

  private async flush(writer: TableWriter): Promise<void> {
    this.throwIfFailed();
    while (this.inFlight.size >= this.maxInFlight) await Promise.race([...this.inFlight]);
    this.throwIfFailed();
    const rows = writer.pending;
    writer.pending = [];
    // Split by size as well as by count: rows of folded states are large, and one JSON text of a whole
    // table's rows outgrew V8's largest string (a rebuild of 600 unit-quarters failed on it).
    let parts: string[] = [];
    let chars = 0;
    for (const row of rows) {
      const text = JSON.stringify(recordOf(writer, row));
      parts.push(text);
      chars += text.length + 1;
      if (chars >= this.maxBatchChars) {
        await this.sendBatch(writer, parts);
        parts = [];
        chars = 0;
      }
    }
    if (parts.length > 0) await this.sendBatch(writer, parts);
  }

  private async sendBatch(writer: TableWriter, parts: readonly string[]): Promise<void> {
    while (this.inFlight.size >= this.maxInFlight) await Promise.race([...this.inFlight]);
    this.throwIfFailed();
    const json = `[${parts.join(',')}]`;
    const sending: Promise<void> = this.send(writer, json, parts.length)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
  }

  private async send(writer: TableWriter, json: string, count: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.pool.query(writer.sql, [json]);
        this.rowsWritten += count;
        return;
      } catch (error) {
        if (attempt >= this.attempts || !isConnectionLoss(error)) throw error;
        this.options.onRetry?.(writer.table, attempt, error);
        await sleep(100 * 2 ** (attempt - 1));
      }
    }
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private writerOf(entity: EntityTarget<ObjectLiteral>): TableWriter {
    let writer = this.writers.get(entity);
    if (writer === undefined) {
      const metadata = this.dataSource.getMetadata(entity);
      const table = `${escapeIdentifier(readModelSchemaOf(this.dataSource))}.${escapeIdentifier(metadata.tableName)}`;
      // Generated columns (identities) take their default, as with the live writers.
      const columns = metadata.columns
        .filter((column) => !column.isGenerated && !column.isVirtual)
        .map((column) => ({ property: column.propertyName, column: column.databaseName }));
      const list = columns.map((column) => escapeIdentifier(column.column)).join(', ');
      writer = {
        table: metadata.tableName,
        sql: `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json) ON CONFLICT DO NOTHING`,
        columns,
        pending: [],
      };
      this.writers.set(entity, writer);
    }
    return writer;
  }
}

function recordOf(writer: TableWriter, row: object): Record<string, unknown> {
  const source = row as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const { property, column } of writer.columns) {
    const value = source[property];
    record[column] = value === undefined ? null : value;
  }
  return record;
}

/** Errors after which the same statement may succeed on a new connection. */
export function isConnectionLoss(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM releases a transaction's query runner when its connection dies; the next statement says so.
  const name = (error as { name?: unknown }).name;
  if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError !== undefined && driverError !== error && isConnectionLoss(driverError)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, connection_exception class.
    if (['57P01', '57P02', '57P03'].includes(code) || code.startsWith('08')) return true;
    if (['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}
