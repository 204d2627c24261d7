/**
 * The events the projector has handed to jobs but whose effects are not yet known to be in PostgreSQL,
 * in log order. The checkpoint may only pass an event once its key's rows (and the quarters they feed)
 * are known to reflect it, so the checkpoint is the position just before the oldest unsettled event:
 * it never runs ahead of the data, whatever Redis loses.
 *
 * Pure bookkeeping, no I/O: the feed pushes events, the pump reports what PostgreSQL says (`settle`).
 */
export class InFlightLedger {
  private readonly entries: Array<{ position: bigint; key: string | null }> = [];
  private head = 0;
  /** Per key with events in flight: how many, the newest position, and how far PostgreSQL reflects it. */
  private readonly keys = new Map<string, { count: number; maxPosition: bigint; settledUpTo: bigint }>();
  private safe: bigint;
  private lastPushed: bigint;

  constructor(from: bigint) {
    this.safe = from;
    this.lastPushed = from;
  }

  /** Events in flight (pushed, not yet passed by the checkpoint). */
  get size(): number {
    return this.entries.length - this.head;
  }

  /**
   * Records an event. `key` null: nothing to project (an event the projector ignores or has recorded
   * as unrecognized), settled at once.
   */
  push(position: bigint, key: string | null): void {
    if (position <= this.lastPushed) {
      throw new RangeError(`Events must arrive in log order: ${position} after ${this.lastPushed}`);
    }
    this.lastPushed = position;
    this.entries.push({ position, key });
    if (key === null) return;
    const known = this.keys.get(key);
    if (known === undefined) this.keys.set(key, { count: 1, maxPosition: position, settledUpTo: -1n });
    else {
      known.count += 1;
      known.maxPosition = position;
    }
  }

  /** Keys with events not yet settled → the newest such position. */
  unsettledKeys(): Map<string, bigint> {
    const result = new Map<string, bigint>();
    for (const [key, state] of this.keys) {
      if (state.settledUpTo < state.maxPosition) result.set(key, state.maxPosition);
    }
    return result;
  }

  /** PostgreSQL reflects `key` up to `upTo` (its events at or below it are done). Never moves back. */
  settle(key: string, upTo: bigint): void {
    const state = this.keys.get(key);
    if (state !== undefined && upTo > state.settledUpTo) state.settledUpTo = upTo;
  }

  /** Passes every settled event at the front and returns the checkpoint: all events ≤ it are done. */
  checkpoint(): bigint {
    while (this.head < this.entries.length) {
      const entry = this.entries[this.head];
      if (entry.key !== null) {
        const state = this.keys.get(entry.key);
        if (state === undefined || state.settledUpTo < entry.position) break;
        state.count -= 1;
        if (state.count === 0) this.keys.delete(entry.key);
      }
      this.safe = entry.position;
      this.head += 1;
    }
    // Drop the passed prefix now and then, so a long run does not keep every event it ever saw.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
    return this.safe;
  }
}
