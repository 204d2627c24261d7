import { escapeIdentifier, Notification, Pool, PoolClient } from 'pg';

/**
 * One LISTEN connection per store, shared by all its subscriptions, so a live subscription wakes up
 * promptly after an append commits instead of waiting for its next poll. It is only a hint: a lost
 * notification (listener reconnecting, connection dropped) costs latency, never an event, because
 * subscriptions still poll and always read from their own cursor.
 */
export class AppendNotifications {
  /** Bumped on every notification; a waiter that saw an older value returns at once (no lost wake-up). */
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private listener: PoolClient | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
  ) {}

  /** Read before querying, pass to wait(): a notification that arrives in between is not missed. */
  get current(): number {
    return this.generation;
  }

  /** Resolves on the next append notification after `seen`, after `timeoutMs` (the poll), or on close. */
  async wait(seen: number, timeoutMs: number, cancelled: Promise<void>): Promise<void> {
    this.ensureListening();
    if (this.generation !== seen || this.closed) return;
    let wake!: () => void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    this.waiters.add(wake);
    const timer = setTimeout(wake, timeoutMs);
    try {
      await Promise.race([woken, cancelled]);
    } finally {
      clearTimeout(timer);
      this.waiters.delete(wake);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.connecting?.catch(() => undefined);
    this.dropListener(undefined);
  }

  private ensureListening(): void {
    if (this.closed || this.listener || this.connecting) return;
    this.connecting = this.listen()
      .catch(() => {
        // Polling covers for a missing listener; the next wait() tries again.
      })
      .finally(() => {
        this.connecting = undefined;
      });
  }

  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    const onNotification = (message: Notification) => {
      if (message.channel === this.channel) this.notify();
    };
    client.on('notification', onNotification);
    client.on('error', (error) => this.dropListener(error));
    try {
      await client.query(`LISTEN ${escapeIdentifier(this.channel)}`);
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    if (this.closed) {
      client.release(true);
      return;
    }
    this.listener = client;
    // Appends that committed while we were connecting sent nobody a notification: wake waiters to re-read.
    this.notify();
  }

  private dropListener(error: Error | undefined): void {
    const client = this.listener;
    this.listener = undefined;
    // A LISTENing connection must never go back to the pool for reuse: destroy it.
    client?.release(error ?? true);
  }

  private notify(): void {
    this.generation += 1;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
