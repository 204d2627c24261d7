import { setTimeout as sleep } from 'node:timers/promises';
import { escapeIdentifier, type Pool, type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readModelSchemaOf } from '../read-model-schema';

export interface RowSinkOptions {
  /** Rows per COPY at most; default 5000. */
  batchRows?: number;
  /** COPY batches in flight before `add` waits; default 2 (one per pool connection). */
  maxInFlight?: number;
  /** Characters of COPY text per batch at most (a batch is cut short past it); default 32 Mi. */
  maxBatchChars?: number;
  /** Attempts of a batch whose connection was lost; default 6, backoff 100 ms doubling. */
  attempts?: number;
  /** Told about each retried batch. */
  onRetry?: (table: string, attempt: number, error: unknown) => void;
}

/** An entity's columns as COPY writes them (what a worker thread needs to turn rows into COPY lines). */
export interface CopyColumns {
  table: string;
  columns: Array<{ property: string; json: boolean }>;
}

interface TableWriter extends CopyColumns {
  copy: string;
  /** COPY text queued as UTF-8 chunks (a worker's text, or lines encoded a chunk at a time). */
  chunks: Uint8Array[];
  /** Lines not encoded yet, and their characters. */
  lines: string[];
  lineChars: number;
  /** Characters (bytes) and rows queued in all. */
  chars: number;
  rows: number;
}

/**
 * Lines are encoded to UTF-8 about this many characters at a time: never one text of a whole batch (tens of
 * MB, two bytes a character once a line holds Vietnamese, flattened from thousands of concatenations: the
 * join alone was 6–10% of the rebuild's CPU, and the large strings fed the garbage collector).
 */
const CHUNK_CHARS = 64 * 1024;

/** Where a batch's transaction records its id: a retry after a lost connection asks whether it committed. */
export const REBUILD_BATCHES_TABLE = 'rebuild_batches';

/**
 * Writes rows in large batches, each ONE `COPY … FROM STDIN` (text format) in a transaction with a row in
 * `rebuild_batches` naming the batch: Node only turns rows into tab-separated text (JSON for json columns)
 * and PostgreSQL parses it with its bulk loader, with neither a statement's parameters nor a JSON text of
 * the whole batch to decode. Columns come from the entities' TypeORM metadata, so a row is written exactly
 * as the live writers' `manager.insert` writes it.
 *
 * A batch whose connection dies (a restart, pg_terminate_backend) is sent again on a new one — unless its
 * transaction had committed after all, which its `rebuild_batches` row says (COPY has no ON CONFLICT).
 * Any other error fails the rebuild.
 */
export class RowSink {
  private readonly writers = new Map<EntityTarget<ObjectLiteral>, TableWriter>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private readonly batchRows: number;
  private readonly maxInFlight: number;
  private readonly attempts: number;
  private readonly maxBatchChars: number;
  private readonly batches: string;
  private batchTable: Promise<void> | undefined;
  private nextBatch = 0;
  rowsWritten = 0;
  /** COPY batches committed. */
  batchesWritten = 0;

  constructor(
    private readonly pool: Pool,
    private readonly dataSource: DataSource,
    private readonly options: RowSinkOptions = {},
  ) {
    this.batchRows = options.batchRows ?? 5000;
    this.maxInFlight = options.maxInFlight ?? 2;
    this.attempts = options.attempts ?? 6;
    this.maxBatchChars = options.maxBatchChars ?? 32 * 1024 * 1024;
    this.batches = `${escapeIdentifier(readModelSchemaOf(dataSource))}.${escapeIdentifier(REBUILD_BATCHES_TABLE)}`;
  }

  /** Queues rows of an entity; waits while too many batches are in flight (back-pressure). */
  async add<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]): Promise<void> {
    if (rows.length === 0) return;
    await this.addLines(entity, copyLines(this.writerOf(entity), rows));
  }

  /** Queues rows already turned into COPY lines (by `copyLines` with `copyColumnsOf(entity)`, on a worker). */
  async addLines(entity: EntityTarget<ObjectLiteral>, lines: readonly string[]): Promise<void> {
    const writer = this.writerOf(entity);
    for (const line of lines) {
      writer.lines.push(line);
      writer.lineChars += line.length;
      if (writer.lineChars >= CHUNK_CHARS) encodeLines(writer);
      writer.chars += line.length;
      writer.rows += 1;
      // Cut by size as well as by count: rows of folded states are large, and one text of a whole table's
      // rows outgrew V8's largest string (a rebuild of 600 unit-quarters failed on it).
      if (writer.rows >= this.batchRows || writer.chars >= this.maxBatchChars) await this.flush(writer);
    }
  }

  /** Queues `rows` rows already turned into COPY text as UTF-8 (a worker thread's, handed over whole). */
  async addBytes(entity: EntityTarget<ObjectLiteral>, bytes: Uint8Array, rows: number): Promise<void> {
    if (rows === 0) return;
    const writer = this.writerOf(entity);
    encodeLines(writer);
    writer.chunks.push(bytes);
    writer.chars += bytes.byteLength;
    writer.rows += rows;
    if (writer.rows >= this.batchRows || writer.chars >= this.maxBatchChars) await this.flush(writer);
  }

  /** How rows of `entity` become COPY lines. */
  copyColumnsOf(entity: EntityTarget<ObjectLiteral>): CopyColumns {
    const { table, columns } = this.writerOf(entity);
    return { table, columns };
  }

  /** Sends everything queued and waits until every batch is written. */
  async drain(): Promise<void> {
    for (const writer of this.writers.values()) if (writer.rows > 0) await this.flush(writer);
    await Promise.all([...this.inFlight]);
    this.throwIfFailed();
  }

  /** After the last drain: drops the batches' bookkeeping table (not part of the read model). */
  async close(): Promise<void> {
    await this.drain();
    if (this.batchTable === undefined) return;
    await this.withConnection('DROP rebuild_batches', (client) => client.query(`DROP TABLE IF EXISTS ${this.batches}`));
  }

  private async flush(writer: TableWriter): Promise<void> {
    this.throwIfFailed();
    encodeLines(writer);
    const parts = writer.chunks;
    const rows = writer.rows;
    writer.chunks = [];
    writer.chars = 0;
    writer.rows = 0;
    await this.sendBatch(writer, parts, rows);
  }

  private async sendBatch(writer: TableWriter, parts: readonly Uint8Array[], rows: number): Promise<void> {
    while (this.inFlight.size >= this.maxInFlight) await Promise.race([...this.inFlight]);
    this.throwIfFailed();
    const sending: Promise<void> = this.send(writer, parts, rows)
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
  }

  private async send(writer: TableWriter, text: readonly Uint8Array[], count: number): Promise<void> {
    await this.ensureBatchTable();
    const id = ++this.nextBatch;
    let sent = false;
    for (let attempt = 1; ; attempt++) {
      let client: PoolClient | undefined;
      let lost: unknown;
      try {
        client = await this.pool.connect();
        // The first attempt may have committed just before its connection died.
        if (sent && (await client.query(`SELECT 1 FROM ${this.batches} WHERE id = $1`, [id])).rows.length > 0) {
          break;
        }
        sent = true;
        await client.query('BEGIN');
        try {
          await copyInto(client, writer.copy, text);
          await client.query(`INSERT INTO ${this.batches} (id) VALUES ($1)`, [id]);
          await client.query('COMMIT');
        } catch (error) {
          if (!isConnectionLoss(error)) await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
        break;
      } catch (error) {
        if (isConnectionLoss(error)) lost = error;
        if (attempt >= this.attempts || !isConnectionLoss(error)) throw error;
        this.options.onRetry?.(writer.table, attempt, error);
        await sleep(100 * 2 ** (attempt - 1));
      } finally {
        // A connection that failed mid-batch is not given back to the pool.
        client?.release(lost === undefined ? undefined : lost instanceof Error ? lost : true);
      }
    }
    this.rowsWritten += count;
    this.batchesWritten += 1;
  }

  /** Creates the batches' table once, before the first batch (two connections must not race on it). */
  private ensureBatchTable(): Promise<void> {
    this.batchTable ??= this.withConnection(`CREATE ${REBUILD_BATCHES_TABLE}`, async (client) => {
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.batches} (id bigint PRIMARY KEY)`);
    });
    return this.batchTable;
  }

  private async withConnection<T>(what: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: PoolClient | undefined;
      let lost: unknown;
      try {
        client = await this.pool.connect();
        return await work(client);
      } catch (error) {
        if (isConnectionLoss(error)) lost = error;
        if (attempt >= this.attempts || !isConnectionLoss(error)) throw error;
        this.options.onRetry?.(what, attempt, error);
        await sleep(100 * 2 ** (attempt - 1));
      } finally {
        client?.release(lost === undefined ? undefined : lost instanceof Error ? lost : true);
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
      const columns = metadata.columns.filter((column) => !column.isGenerated && !column.isVirtual);
      const list = columns.map((column) => escapeIdentifier(column.databaseName)).join(', ');
      writer = {
        table: metadata.tableName,
        copy: `COPY ${table} (${list}) FROM STDIN`,
        columns: columns.map((column) => ({
          property: column.propertyName,
          json: column.type === 'json' || column.type === 'jsonb',
        })),
        chunks: [],
        lines: [],
        lineChars: 0,
        chars: 0,
        rows: 0,
      };
      this.writers.set(entity, writer);
    }
    return writer;
  }
}

/** The writer's lines not encoded yet, as one UTF-8 chunk. */
function encodeLines(writer: TableWriter): void {
  if (writer.lines.length === 0) return;
  writer.chunks.push(Buffer.from(writer.lines.join(''), 'utf8'));
  writer.lines = [];
  writer.lineChars = 0;
}

/** Sends one COPY's text (its chunks in order); settles once PostgreSQL has taken every row (or refused them). */
function copyInto(client: PoolClient, sql: string, text: readonly Uint8Array[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(sql));
    const fail = (error: unknown): void => {
      client.off('end', ended);
      reject(error);
    };
    // A connection cut mid-COPY may end the client without an error on the stream.
    const ended = (): void => fail(new Error('Connection terminated during COPY'));
    client.once('end', ended);
    stream.once('error', fail);
    stream.once('finish', () => {
      client.off('end', ended);
      resolve();
    });
    for (const chunk of text) stream.write(chunk);
    stream.end();
  });
}

/**
 * Rows as lines of COPY text: each column's value as PostgreSQL's input reads it — what the JSON of the
 * row would have given `json_populate_recordset` — tab-separated, `\\N` for null.
 */
export function copyLines(writer: CopyColumns, rows: readonly object[]): string[] {
  const lines: string[] = new Array<string>(rows.length);
  const columns = writer.columns;
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] as Record<string, unknown>;
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += '\t';
      line += copyValue(source[columns[i].property], columns[i].json);
    }
    lines[r] = `${line}\n`;
  }
  return lines;
}

function copyValue(value: unknown, json: boolean): string {
  if (value === null || value === undefined) return '\\N';
  if (json) return escapeCopy(JSON.stringify(value));
  if (typeof value === 'string') return escapeCopy(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  // Anything else as its JSON says it (a Rational's text, say), as the JSON row did.
  const text: unknown = JSON.parse(JSON.stringify(value));
  return typeof text === 'string' ? escapeCopy(text) : escapeCopy(JSON.stringify(text));
}

/** COPY text format: backslash, newline, carriage return and tab are escaped. */
function escapeCopy(text: string): string {
  return /[\\\n\r\t]/.test(text)
    ? text.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'))
    : text;
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
