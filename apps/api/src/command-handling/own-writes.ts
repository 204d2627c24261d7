import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { qualifiedTable } from '@dti/read-model';
import { DataSource } from 'typeorm';

/** How long a write is remembered, how long a read waits for it, and how often it looks. */
export const OWN_WRITES = { rememberMs: 60_000, waitMs: 2_000, pollMs: 10, perActor: 1_000 } as const;

/**
 * Read-your-writes over the asynchronous projector. Queries are served from the read model, which the
 * projector fills a moment after an append; a person who just submitted, approved or created something
 * and reads it back must see it. Every command this process appends is remembered per actor (stream →
 * revision); a query of that actor first waits, bounded, until the projection of the streams it reads
 * reflects those revisions (`projection_keys`). Other people's writes are not waited for: they appear
 * once projected (milliseconds). One process's memory: behind a load balancer, keep a person's requests
 * on one API process (sticky sessions), or they may briefly read their write's predecessor.
 */
@Injectable()
export class OwnWrites {
  private readonly byActor = new Map<string, Map<string, { revision: bigint; at: number }>>();

  constructor(private readonly dataSource: DataSource) {}

  /** After an append by `actor` to `streamId` ending at `revision`. */
  record(actor: string, streamId: string, revision: bigint | null): void {
    if (revision === null) return;
    let streams = this.byActor.get(actor);
    if (streams === undefined) {
      streams = new Map();
      this.byActor.set(actor, streams);
    }
    const known = streams.get(streamId);
    if (known === undefined || known.revision < revision) streams.set(streamId, { revision, at: Date.now() });
    // A bulk writer who never reads must not grow this without bound: keep the newest entries.
    if (streams.size > OWN_WRITES.perActor) {
      for (const oldest of streams.keys()) {
        streams.delete(oldest);
        if (streams.size <= OWN_WRITES.perActor) break;
      }
    }
  }

  /**
   * Runs a command on `streamId` (handleCommand, given this `onRead`) and records the highest revision it
   * saw or wrote, refused or not: after a refusal such as a 409 (a newer submission won), the actor's next
   * read reflects at least the state that refused them.
   */
  async recording<T extends { revision: bigint | null }>(
    actor: string,
    streamId: string,
    run: (onRead: (revision: bigint | null) => void) => Promise<T>,
  ): Promise<T> {
    let seen: bigint | null = null;
    const see = (revision: bigint | null): void => {
      if (revision !== null && (seen === null || revision > seen)) seen = revision;
    };
    try {
      const result = await run(see);
      see(result.revision);
      return result;
    } finally {
      this.record(actor, streamId, seen);
    }
  }

  /**
   * Waits until the actor's remembered writes to streams `reads` selects are projected, at most
   * OWN_WRITES.waitMs; then serves anyway (a parked or slow key must not block reads) and forgets them.
   */
  async awaitProjected(actor: string, reads: (streamId: string) => boolean): Promise<void> {
    const streams = this.byActor.get(actor);
    if (streams === undefined) return;
    const now = Date.now();
    const waiting = new Map<string, bigint>();
    for (const [streamId, write] of streams) {
      if (now - write.at > OWN_WRITES.rememberMs) streams.delete(streamId);
      else if (reads(streamId)) waiting.set(streamId, write.revision);
    }
    if (streams.size === 0) this.byActor.delete(actor);
    if (waiting.size === 0) return;
    const deadline = now + OWN_WRITES.waitMs;
    const table = qualifiedTable(this.dataSource, 'projection_keys');
    for (;;) {
      const rows: Array<{ key: string; revision: string }> = await this.dataSource.query(
        `SELECT key, stream_revision::text AS revision FROM ${table} WHERE key = ANY($1::text[])`,
        [[...waiting.keys()]],
      );
      for (const row of rows) {
        const wanted = waiting.get(row.key);
        if (wanted !== undefined && BigInt(row.revision) >= wanted) {
          waiting.delete(row.key);
          if (streams.get(row.key)?.revision === wanted) streams.delete(row.key);
        }
      }
      if (waiting.size === 0) return;
      if (Date.now() >= deadline) {
        for (const streamId of waiting.keys()) streams.delete(streamId);
        return;
      }
      await sleep(OWN_WRITES.pollMs);
    }
  }
}
