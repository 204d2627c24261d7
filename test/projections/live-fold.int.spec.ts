import { checkProjection, qualifiedTable, recomputeStream, ReplayerCache } from '@dti/read-model';
import { newAssessmentEvents, RECORDED_STREAM } from '../../libs/read-model/testing/recorded-assessment.test-kit';
import { createProjectionHarness, type ProjectionHarness } from './support/projection-harness';

/**
 * The live fold (issue #12): a job folds only the events after its stream's cached replayer, and what it
 * writes is what a whole fold writes — job after job, after a rewrite of the key, with a stale replayer,
 * and when the stream is no longer what the replayer folded.
 */
describe('live fold: jobs that fold only the new events', () => {
  let harness: ProjectionHarness;
  const events = newAssessmentEvents(150, 12, 5);
  const unitPeriod = { unit: 'STTTT', period: '2021-Q1' };

  beforeAll(async () => {
    harness = await createProjectionHarness('livefold');
  });

  afterAll(async () => {
    await harness?.dispose();
  });

  async function append(from: number, to: number): Promise<void> {
    await harness.store.append(RECORDED_STREAM, events.slice(from, to), from === 0 ? 'no_stream' : BigInt(from - 1));
  }

  /** The key's rows written whole by a job without a cache (stream_revision -1: the operator's rewrite). */
  async function rewrittenWhole(): Promise<Record<string, string>> {
    await markForRewrite();
    await recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM);
    return harness.checksums();
  }

  async function markForRewrite(): Promise<void> {
    await harness.dataSource.query(
      `UPDATE ${qualifiedTable(harness.dataSource, 'projection_keys')} SET stream_revision = -1 WHERE key = $1`,
      [RECORDED_STREAM],
    );
  }

  it('writes job by job what a whole fold writes, folding only the new events', async () => {
    const cache = new ReplayerCache();
    const job = () => recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM, { replayers: cache });
    let at = 0;
    for (const size of [1, 30, 1, 1, 7, 1, 20, 1, 1]) {
      await append(at, at + size);
      at += size;
      expect(await job()).toMatchObject({ written: true, revision: BigInt(at - 1) });
    }
    expect(cache.stats).toMatchObject({ hits: 8, misses: 1, refolds: 0, streams: 1 });
    // A duplicate job changes nothing and reads nothing it has folded.
    const live = await harness.checksums();
    expect(await job()).toMatchObject({ written: false, revision: BigInt(at - 1) });
    expect(await harness.checksums()).toEqual(live);
    expect((await checkProjection(harness.store, harness.dataSource.manager, unitPeriod)).outcome).toBe('match');
    expect(await rewrittenWhole()).toEqual(live);
  });

  it('writes the key whole from a whole replay when the stored rows are older than what the cached fold forgot', async () => {
    const cache = new ReplayerCache();
    const job = () => recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM, { replayers: cache });
    await job();
    await append(63, 70);
    await markForRewrite();
    expect(await job()).toMatchObject({ written: true, revision: 69n });
    expect(cache.stats.refolds).toBe(1);
    const live = await harness.checksums();
    expect((await checkProjection(harness.store, harness.dataSource.manager, unitPeriod)).outcome).toBe('match');
    expect(await rewrittenWhole()).toEqual(live);
  });

  it('goes on from a stale replayer while other workers projected further', async () => {
    const cache = new ReplayerCache();
    const job = () => recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM, { replayers: cache });
    await job();
    // Another worker (no cache of its own) projects the next events; this one's replayer stays behind.
    await append(70, 80);
    await recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM);
    await append(80, 85);
    expect(await job()).toMatchObject({ written: true, revision: 84n });
    expect(cache.stats).toMatchObject({ hits: 1, refolds: 0 });
    const live = await harness.checksums();
    expect((await checkProjection(harness.store, harness.dataSource.manager, unitPeriod)).outcome).toBe('match');
    expect(await rewrittenWhole()).toEqual(live);
  });

  it('folds the whole stream again when it is shorter than the cached fold (another store behind the same id)', async () => {
    const cache = new ReplayerCache();
    await recomputeStream(harness.store, harness.dataSource, RECORDED_STREAM, { replayers: cache });
    const other = await createProjectionHarness('livefold2');
    try {
      await other.store.append(RECORDED_STREAM, events.slice(0, 40), 'no_stream');
      expect(await recomputeStream(other.store, other.dataSource, RECORDED_STREAM, { replayers: cache })).toMatchObject(
        {
          written: true,
          revision: 39n,
        },
      );
      expect(cache.stats.refolds).toBe(1);
      expect((await checkProjection(other.store, other.dataSource.manager, unitPeriod)).outcome).toBe('match');
    } finally {
      await other.dispose();
    }
  });
});
