import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PostgresLeaderLockOptions {
  connectionString: string;
  /** What is being led, e.g. `dti-hue:projector:subscription`; hashed to a 64-bit advisory-lock key. */
  name: string;
  /** How often a standby retries, and how often the leader checks its session is still alive. */
  intervalMs?: number;
  /** Told about failed attempts (database unreachable...); acquisition keeps retrying regardless. */
  onAttemptFailed?: (error: unknown) => void;
}

/** Held leadership. Whoever holds it must stop leading as soon as `lost` resolves. */
export interface Leadership {
  /** Resolves when the lock is released or its session is gone (then another instance may lead). */
  readonly lost: Promise<void>;
  readonly held: boolean;
  release(): Promise<void>;
}

const LOCK_KEY = 'hashtextextended($1, 0)';

/**
 * "Exactly one active instance" through a PostgreSQL session-level advisory lock, held on a dedicated
 * connection. PostgreSQL releases the lock when that session ends, so a crashed or partitioned leader
 * frees it without any timeout to tune; and because checkpoints live in the same database, an instance
 * cut off from PostgreSQL can neither keep the lock nor write a checkpoint. Used by the projector so that
 * one replica reads the event-store subscription while every replica runs BullMQ workers.
 */
export class PostgresLeaderLock {
  private readonly intervalMs: number;

  constructor(private readonly options: PostgresLeaderLockOptions) {
    this.intervalMs = options.intervalMs ?? 5_000;
  }

  /** One attempt: leadership if the lock was free, else undefined. */
  async tryAcquire(): Promise<Leadership | undefined> {
    const client = new Client({
      connectionString: this.options.connectionString,
      keepAlive: true,
      application_name: `leader:${this.options.name}`.slice(0, 63),
    });
    // Errors after connect are handled by the leadership (it is lost); before that they reject below.
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`, [
        this.options.name,
      ]);
      if (rows[0]?.locked === true) return new HeldLeadership(client, this.options.name, this.intervalMs);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    await client.end();
    return undefined;
  }

  /** Waits until this instance leads; undefined if `signal` aborts first. */
  async acquire(signal?: AbortSignal): Promise<Leadership | undefined> {
    while (!signal?.aborted) {
      try {
        const leadership = await this.tryAcquire();
        if (leadership !== undefined) {
          if (!signal?.aborted) return leadership;
          await leadership.release();
          return undefined;
        }
      } catch (error) {
        this.options.onAttemptFailed?.(error);
      }
      try {
        await sleep(this.intervalMs, undefined, { signal });
      } catch {
        return undefined; // aborted while waiting
      }
    }
    return undefined;
  }
}

class HeldLeadership implements Leadership {
  readonly lost: Promise<void>;
  private markLost!: () => void;
  private isHeld = true;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly client: Client,
    private readonly name: string,
    intervalMs: number,
  ) {
    this.lost = new Promise((resolve) => {
      this.markLost = () => {
        if (!this.isHeld) return;
        this.isHeld = false;
        clearInterval(this.heartbeat);
        resolve();
      };
    });
    client.on('error', () => this.markLost());
    client.on('end', () => this.markLost());
    // A silently dropped connection is only noticed when used: probe it.
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch(() => {
        this.markLost();
        void client.end().catch(() => undefined);
      });
    }, intervalMs);
    this.heartbeat.unref();
  }

  get held(): boolean {
    return this.isHeld;
  }

  async release(): Promise<void> {
    if (!this.isHeld) return;
    clearInterval(this.heartbeat);
    try {
      await this.client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [this.name]);
    } catch {
      // The session is gone, and the lock with it.
    }
    this.markLost();
    await this.client.end().catch(() => undefined);
  }
}
