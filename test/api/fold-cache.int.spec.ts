import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { FoldCache, handleCommand, readState } from '@dti/command-handling';
import { accountDecider, assessmentDecider, type AccountCommand } from '@dti/domain';
import { PostgresEventStore } from '@dti/event-store';
import {
  accountKit,
  adminEnvelope,
  assessmentKit,
  opArbitrary,
  playBoth,
  type StreamKit,
} from '../../libs/command-handling/testing/fold-cache.test-kit';
import { TEST_DATABASE_URL } from '../platform/support/platform-test-env';

/**
 * The command side's FoldCache against the real PostgreSQL event store: over generated command sequences it
 * answers as handleCommand without it (retried command ids, lost races, writers behind its back, eviction
 * included), concurrent commands through one cache all land, and another process's appends are seen.
 */
describe('FoldCache (PostgreSQL event store)', () => {
  const schema = `t_fold_${randomBytes(5).toString('hex')}`;
  const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema, pollIntervalMs: 100 });
  // Another API process: its own connection, no cache of its own in the way.
  const elsewhere = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema, pollIntervalMs: 100 });
  let run = 0;

  const envelope = adminEnvelope;
  const account = (pick: number, commandId: string) =>
    accountKit.command(pick, commandId) as (state: unknown) => AccountCommand;

  beforeAll(async () => {
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
    await elsewhere.close();
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it.each<[string, StreamKit<never, never>, number]>([
    ['assessment', assessmentKit as unknown as StreamKit<never, never>, 8],
    ['account', accountKit as unknown as StreamKit<never, never>, 6],
  ])(
    '%s streams: the same answers and states as without the cache over generated sequences',
    async (name, kit, runs) => {
      const totals = { commands: 0, replayed: 0, refused: 0, racesLost: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.array(opArbitrary, { minLength: 20, maxLength: 40 }),
          fc.integer({ min: 4, max: 80 }),
          async (ops, maxEvents) => {
            run += 1;
            const report = await playBoth({
              store,
              kit,
              ops,
              cache: new FoldCache({ maxEvents }),
              plainStream: `${name}-plain-${run}`,
              cachedStream: `${name}-cached-${run}`,
              run: `${schema}-${run}`,
              expectSame: (actual, expected, what) => {
                try {
                  expect(actual).toEqual(expected);
                } catch (error) {
                  throw new Error(`${what}\n${(error as Error).message}`);
                }
              },
            });
            for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += report[key];
          },
        ),
        { numRuns: runs },
      );
      expect(totals.replayed).toBeGreaterThan(0);
      expect(totals.racesLost).toBeGreaterThan(0);
      expect(totals.commands - totals.refused - totals.replayed).toBeGreaterThan(0);
    },
    120_000,
  );

  it('lands every one of concurrent commands through one cache (lost races read the tail and decide again)', async () => {
    const cache = new FoldCache();
    const stream = `account-race-${schema}`;
    await handleCommand(store, stream, accountDecider, account(0, `${stream}-create`), {
      envelope: envelope(`${stream}-create`),
      cache,
    });
    const reads: Array<bigint | null> = [];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        handleCommand(store, stream, accountDecider, account(3, `${stream}-p${i}`), {
          envelope: envelope(`${stream}-p${i}`),
          cache,
          maxRetries: 10,
          onRead: (revision) => reads.push(revision),
        }),
      ),
    );
    expect(results.map((result) => result.revision).sort()).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]);
    expect(reads.length).toBeGreaterThan(8);
    // Only the first command read the stream whole: every other read, lost races included, read its tail
    // (the events appended through the cache read back as sent, from the real store).
    expect(cache.counts).toEqual({ wholeReads: 1, tailReads: reads.length });
    const read = await cache.read(store, stream, accountDecider);
    const whole = await readState(store, stream, accountDecider);
    expect({ state: read.state, revision: read.revision }).toEqual({ state: whole.state, revision: 8n });
  });

  it('sees another process’s appends and answers their retries here from the stored events', async () => {
    const cache = new FoldCache();
    const stream = `assessment-elsewhere-${schema}`;
    const here = (pick: number, id: string) =>
      handleCommand(store, stream, assessmentDecider, assessmentKit.command(pick, id), {
        envelope: envelope(id),
        cache,
      });
    const there = (pick: number, id: string) =>
      handleCommand(elsewhere, stream, assessmentDecider, assessmentKit.command(pick, id), { envelope: envelope(id) });
    await here(20, `${stream}-1`);
    const theirs = await there(40, `${stream}-2`);
    await there(9, `${stream}-3`);
    const next = await here(60, `${stream}-4`);
    expect(next.revision).toBe((theirs.revision as bigint) + 2n);
    // Their submission's retry reaches this process: answered from the stored events, as without the cache.
    const retried = await here(40, `${stream}-2`);
    expect(retried).toMatchObject({
      replayed: true,
      revision: theirs.revision,
      events: [{ type: 'CriterionSubmitted' }],
    });
    expect(retried).toEqual(await there(40, `${stream}-2`));
    expect(await store.streamRevision(stream)).toBe(next.revision);
    const whole = await readState(store, stream, assessmentDecider);
    expect((await cache.read(store, stream, assessmentDecider)).state).toEqual(whole.state);
  });

  it('evicts the least recently used stream beyond its bound and reads an evicted one whole, right', async () => {
    const cache = new FoldCache({ maxEvents: 6 });
    const streams = [0, 1, 2].map((i) => `account-evict-${i}-${schema}`);
    for (const stream of streams) {
      for (const [i, pick] of [0, 3, 3].entries()) {
        await handleCommand(store, stream, accountDecider, account(pick, `${stream}-${i}`), {
          envelope: envelope(`${stream}-${i}`),
          cache,
        });
      }
    }
    expect(cache.revisionOf(streams[0])).toBeUndefined();
    expect(cache.revisionOf(streams[2])).toBe(2n);
    expect(cache.eventsKept).toBeLessThanOrEqual(6);
    const result = await handleCommand(store, streams[0], accountDecider, account(1, `${streams[0]}-off`), {
      envelope: envelope(`${streams[0]}-off`),
      cache,
    });
    expect(result).toMatchObject({ revision: 3n, state: { status: 'disabled' } });
    expect(cache.revisionOf(streams[0])).toBe(3n);
  });
});
