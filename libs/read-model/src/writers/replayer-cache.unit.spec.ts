import { getCatalogue } from '@dti/catalogue';
import { recordedAssessmentEvents } from '../../testing/recorded-assessment.test-kit';
import { AssessmentReplayer } from '../replay/replay-scorecard';
import { ReplayerCache } from './replayer-cache';

const events = recordedAssessmentEvents(60, 4);

/** A replayer of `count` events holding `held` audit rows (the others forgotten, as once written). */
function replayerOf(count: number, held = 0): AssessmentReplayer {
  const replayer = new AssessmentReplayer(getCatalogue('tth-2020'), 'department');
  for (const event of events.slice(0, count)) replayer.apply(event);
  const audit = replayer.result()?.audit ?? [];
  replayer.forget(held === 0 ? events[count - 1].position : BigInt(audit[audit.length - held - 1].globalPosition));
  expect(replayer.heldRows).toBe(held);
  return replayer;
}

describe('ReplayerCache', () => {
  it('hands a stream its replayer once: a job holds it until it puts it back', () => {
    const cache = new ReplayerCache();
    const replayer = replayerOf(5);
    expect(cache.take('a')).toBeUndefined();
    cache.put('a', replayer);
    expect(cache.take('a')).toBe(replayer);
    // Taken: a concurrent job of the same stream folds its own.
    expect(cache.take('a')).toBeUndefined();
    cache.put('a', replayer);
    cache.refolded();
    expect(cache.stats).toEqual({ hits: 1, misses: 2, refolds: 1, streams: 1, weight: 5 });
  });

  it('drops the least recently used streams beyond its count', () => {
    const cache = new ReplayerCache({ maxStreams: 2 });
    for (const stream of ['a', 'b']) cache.put(stream, replayerOf(3));
    const b = cache.take('b') as AssessmentReplayer;
    cache.put('b', b);
    cache.put('c', replayerOf(3));
    expect(cache.take('a')).toBeUndefined();
    expect(cache.take('b')).toBe(b);
    expect(cache.size).toBe(1);
  });

  it('weighs a replayer by the events it folded and the rows it holds, and keeps the sum bounded', () => {
    const cache = new ReplayerCache({ maxWeight: 40 });
    cache.put('a', replayerOf(20));
    cache.put('b', replayerOf(15, 2));
    expect(cache.stats.weight).toBe(37);
    // Over the bound: the oldest goes.
    cache.put('c', replayerOf(10));
    expect(cache.take('a')).toBeUndefined();
    expect(cache.stats.weight).toBe(27);
    // A replayer heavier than the whole bound is not kept at all.
    cache.put('d', replayerOf(50));
    expect(cache.take('d')).toBeUndefined();
  });
});
