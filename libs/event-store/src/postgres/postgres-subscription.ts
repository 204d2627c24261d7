import { EventSubscription, RecordedEvent } from '../event-store.port';

/** One page of the log as the subscription sees it. */
export interface SubscriptionPage {
  events: RecordedEvent[];
  /** Where the next page starts (exclusive): the last event delivered, or further when the filter skipped rows. */
  nextCursor: bigint;
  /** False when the page was full and more may be waiting right now. */
  caughtUp: boolean;
}

export interface SubscriptionSource {
  fetchPage(after: bigint): Promise<SubscriptionPage>;
  /** The notification generation to pass back to waitForAppend (read before fetching). */
  notificationGeneration(): number;
  waitForAppend(seenGeneration: number, cancelled: Promise<void>): Promise<void>;
}

/**
 * Catch-up then live over the PostgreSQL log, as a pull-based async iterator: a page is fetched only when
 * the consumer asks for the next event and the previous page is used up, so a slow consumer holds back
 * reading instead of buffering the log in memory. Correct ordering rests on the append lock (positions
 * become visible in order), so a plain `position > cursor` read never skips a late committer.
 */
export class PostgresSubscription implements EventSubscription {
  private closed = false;
  private iterating = false;
  private readonly cancelled: Promise<void>;
  private cancel!: () => void;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: SubscriptionSource,
    private readonly fromPosition: bigint,
    private readonly onClosed: (subscription: PostgresSubscription) => void,
  ) {
    this.cancelled = new Promise<void>((resolve) => (this.cancel = resolve));
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    // A cursor shared by two loops would hand each only part of the log.
    if (this.iterating)
      throw new Error('This subscription is already being iterated; subscribe again for a second consumer');
    this.iterating = true;
    return this.run();
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.cancel();
      this.onClosed(this);
    }
    // Let a page query that is under way finish, so close() leaves no query running on the pool.
    await this.inFlight.catch(() => undefined);
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    let cursor = this.fromPosition;
    try {
      while (!this.closed) {
        const generation = this.source.notificationGeneration();
        const fetching = this.source.fetchPage(cursor);
        this.inFlight = fetching;
        const page = await fetching;
        for (const event of page.events) {
          if (this.closed) return;
          yield event;
        }
        cursor = page.nextCursor;
        if (page.caughtUp && !this.closed) {
          const waiting = this.source.waitForAppend(generation, this.cancelled);
          this.inFlight = waiting;
          await waiting;
        }
      }
    } finally {
      // Leaving the loop (break, return or error) ends the subscription.
      await this.close();
    }
  }
}
