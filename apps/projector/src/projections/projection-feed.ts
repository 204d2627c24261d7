import type { EventStore, EventSubscription, RecordedEvent } from '@dti/event-store';
import {
  jobKeyOfStream,
  openParkedJobs,
  periodJobKey,
  persistCheckpoint,
  readFeedStart,
  readModelEpoch,
  readSettlement,
  recordUnrecognizedEvent,
  unrecognizedReason,
  writeReadModel,
  type Settlement,
} from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { InFlightLedger } from './in-flight-ledger';
import type { JobDispatcher } from './job-dispatcher';
import { describeError, type ProjectorLogger } from './projector-logger';
import { Wakeup } from './wakeup';

export interface ProjectionFeedOptions {
  /** How often the pump asks PostgreSQL what is settled while events are in flight. */
  pumpIntervalMs: number;
  /** Back-pressure: the subscription waits while this many events are in flight. */
  maxInFlight: number;
  /** Resubscription backoff after an error: doubles from initial up to max. */
  resubscribeInitialMs: number;
  resubscribeMaxMs: number;
  /**
   * How often an idle feed looks whether a rebuild swapped the read model (a checkpoint write looks
   * every time); default 1000 ms.
   */
  epochCheckMs?: number;
}

export const DEFAULT_FEED_OPTIONS: ProjectionFeedOptions = {
  pumpIntervalMs: 50,
  maxInFlight: 10_000,
  resubscribeInitialMs: 200,
  resubscribeMaxMs: 30_000,
};

/**
 * The projector's subscription: reads the global log from the stored checkpoint (catch-up, then live),
 * turns each event into a job for its key, and advances the checkpoint only over events whose effects
 * PostgreSQL shows (see InFlightLedger). Any subscription error — a lost connection, a failed query —
 * ends the subscription; it resubscribes from the stored checkpoint with backoff, and whatever was in
 * flight is simply asked for again (recompute is idempotent).
 *
 * Two loops: `run` consumes the subscription with `for await` (so the store's back-pressure holds), and
 * `pump` reconciles with PostgreSQL and Redis: for each key still unsettled it makes sure a job exists,
 * and it writes the checkpoint.
 */
export class ProjectionFeed {
  private ledger = new InFlightLedger(0n);
  private subscription: EventSubscription | undefined;
  private stopping = false;
  private running: Promise<void> | undefined;
  private readonly pumpWakeup = new Wakeup();
  private readonly feedWakeup = new Wakeup();
  private persisted = -1n;
  /** The read model (schema object) this subscription's ledger describes; see persistCheckpoint. */
  private epoch: string | null = null;
  /** Set when a rebuild swapped the read model: the subscription ends and starts again from its checkpoint. */
  private replaced = false;
  private epochCheckedAt = 0;
  private lastPumpError: string | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly dispatcher: JobDispatcher,
    private readonly logger: ProjectorLogger,
    private readonly options: ProjectionFeedOptions = DEFAULT_FEED_OPTIONS,
  ) {}

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = Promise.all([this.run(), this.pump()]).then(() => undefined);
  }

  /** Asks the pump to look now (a job just completed). */
  wake(): void {
    this.pumpWakeup.wake();
  }

  /** Events pushed but not yet passed by the checkpoint. */
  get inFlight(): number {
    return this.ledger.size;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.pumpWakeup.wake();
    this.feedWakeup.wake();
    await this.subscription?.close().catch(() => undefined);
    await this.running;
    this.running = undefined;
  }

  private async run(): Promise<void> {
    let failures = 0;
    let parkedRetried = false;
    while (!this.stopping) {
      let subscription: EventSubscription | undefined;
      try {
        const { from, epoch } = await readFeedStart(this.dataSource);
        if (!parkedRetried) {
          await this.retryParked();
          parkedRetried = true;
        }
        this.ledger = new InFlightLedger(from);
        this.epoch = epoch;
        this.persisted = from;
        this.replaced = false;
        subscription = this.store.subscribeToAll({ fromPosition: from });
        this.subscription = subscription;
        if (failures > 0) this.logger.log(`Projection feed resubscribed from position ${from}`);
        for await (const event of subscription) {
          failures = 0;
          await this.accept(event);
          if (this.stopping || this.replaced) break;
        }
      } catch (error) {
        failures += 1;
        if (!this.stopping)
          this.logger.warn(`Projection feed subscription failed (${failures}): ${describeError(error)}`);
      } finally {
        await subscription?.close().catch(() => undefined);
      }
      if (this.stopping) break;
      if (this.replaced) {
        // A rebuild swapped the read model in: start over from its checkpoint, with no backoff.
        this.logger.log('Projection feed: the read model was rebuilt and swapped in; resubscribing');
        parkedRetried = false;
        failures = 0;
        continue;
      }
      const delay = Math.min(
        this.options.resubscribeMaxMs,
        this.options.resubscribeInitialMs * 2 ** Math.min(Math.max(failures - 1, 0), 16),
      );
      await this.feedWakeup.wait(delay);
    }
  }

  /**
   * Parked jobs are behind the checkpoint, so no replay brings them back: give each one more round of
   * attempts at start-up (after a fix is deployed, this is what heals them; a poison job parks again).
   */
  private async retryParked(): Promise<void> {
    const parked = await openParkedJobs(this.dataSource.manager);
    for (const job of parked) await this.dispatcher.ensure(job.jobKey);
    if (parked.length > 0) this.logger.warn(`Retrying ${parked.length} parked projection job(s)`);
  }

  private async accept(event: RecordedEvent): Promise<void> {
    const key = jobKeyOfStream(event.streamId);
    if (key !== null) {
      this.ledger.push(event.position, key.key);
      this.pumpWakeup.wake();
    } else {
      const reason = unrecognizedReason(event);
      if (reason !== null) {
        await writeReadModel(this.dataSource, (manager) => recordUnrecognizedEvent(manager, event, reason));
      }
      this.ledger.push(event.position, null);
    }
    while (this.ledger.size >= this.options.maxInFlight && !this.stopping && !this.replaced) {
      await this.feedWakeup.wait(this.options.pumpIntervalMs);
    }
  }

  /** The ledger describes tables a rebuild replaced: end the subscription; `run` starts it again. */
  private async restartAfterSwap(): Promise<void> {
    this.replaced = true;
    await this.subscription?.close().catch(() => undefined);
    this.feedWakeup.wake();
  }

  private async pump(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.pumpOnce();
        this.lastPumpError = undefined;
      } catch (error) {
        const message = describeError(error);
        // Once per distinct failure: the pump retries every interval while PostgreSQL or Redis is down.
        if (message !== this.lastPumpError) this.logger.warn(`Projection pump failed: ${message}`);
        this.lastPumpError = message;
      }
      await this.pumpWakeup.wait(this.options.pumpIntervalMs);
    }
  }

  private async pumpOnce(): Promise<void> {
    const ledger = this.ledger;
    if (Date.now() - this.epochCheckedAt >= (this.options.epochCheckMs ?? 1_000)) {
      this.epochCheckedAt = Date.now();
      if (
        this.subscription !== undefined &&
        !this.replaced &&
        (await readModelEpoch(this.dataSource.manager)) !== this.epoch
      ) {
        await this.restartAfterSwap();
        return;
      }
    }
    const unsettled = ledger.unsettledKeys();
    const needed = new Set<string>();
    if (unsettled.size > 0) {
      const settlement = await readSettlement(this.dataSource.manager, [...unsettled.keys()]);
      for (const [key, newest] of unsettled) {
        const upTo = settledUpTo(settlement, key, needed);
        ledger.settle(key, upTo);
        if (upTo >= newest) this.dispatcher.settled(key);
        else if ((settlement.keys.get(key)?.position ?? -1n) < newest) needed.add(key);
      }
    }
    // Before asking Redis for jobs: an outage there must not hold back what PostgreSQL already shows done.
    const checkpoint = ledger.checkpoint();
    if (checkpoint > this.persisted && ledger === this.ledger) {
      if ((await persistCheckpoint(this.dataSource, checkpoint, this.epoch)) === 'replaced') {
        await this.restartAfterSwap();
        return;
      }
      this.persisted = checkpoint;
    }
    // Back-pressure may be waiting for room.
    this.feedWakeup.wake();
    await Promise.all([...needed].map((key) => this.dispatcher.ensure(key)));
  }
}

/**
 * How far a key's events are done: its rows reflect position P and every quarter those rows feed was
 * rebuilt since (else the period jobs still needed are added to `needed`); or a parked job covers it.
 */
function settledUpTo(settlement: Settlement, key: string, needed: Set<string>): bigint {
  let upTo = -1n;
  const state = settlement.keys.get(key);
  if (state !== undefined) {
    let derivedDone = true;
    for (const [period, seq] of Object.entries(state.dirtyPeriods)) {
      const built = settlement.periods.get(period)?.builtSeq ?? -1n;
      const parked = settlement.parked.get(periodJobKey(period));
      if (built >= seq || (parked !== undefined && parked !== null && parked >= seq)) continue;
      derivedDone = false;
      needed.add(periodJobKey(period));
    }
    if (derivedDone) upTo = state.position;
  }
  const parked = settlement.parked.get(key);
  if (parked !== undefined && parked !== null && parked > upTo) upTo = parked;
  return upTo;
}
