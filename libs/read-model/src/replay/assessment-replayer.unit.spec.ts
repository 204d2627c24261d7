import { getCatalogue } from '@dti/catalogue';
import type { RecordedEvent } from '@dti/event-store';
import { recordedAssessmentEvents } from '../../testing/recorded-assessment.test-kit';
import { AssessmentReplayer, ReplayError, replayAssessment, type ReplayedScorecard } from './replay-scorecard';

const catalogue = getCatalogue('tth-2020');

/** Chunk sizes from 1 to `most`, reproducibly (xorshift32). */
function chunksOf(events: readonly RecordedEvent[], most: number, seed: number): RecordedEvent[][] {
  let x = seed;
  const chunks: RecordedEvent[][] = [];
  for (let i = 0; i < events.length;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const size = 1 + ((x >>> 0) % most);
    chunks.push(events.slice(i, i + size));
    i += size;
  }
  return chunks;
}

function whole(events: readonly RecordedEvent[]): ReplayedScorecard {
  return replayAssessment(events, { catalogues: getCatalogue, versions: true }) as ReplayedScorecard;
}

describe('AssessmentReplayer', () => {
  it.each([
    // A few criteria (many changes each) and every criterion of the block (finalizations approve many).
    ['12 criteria', 220, 12, 3, 12],
    ['every criterion', 160, undefined, 11, 25],
  ])(
    'folding events in chunks gives what one replay of the same events gives, versions included (%s)',
    (_label, count, criteria, seed, most) => {
      const events = recordedAssessmentEvents(count, criteria, seed);
      const replayer = new AssessmentReplayer(catalogue, 'department', { versions: true });
      expect(replayer.result()).toBeNull();
      let folded = 0;
      for (const chunk of chunksOf(events, most, seed)) {
        for (const event of chunk) replayer.apply(event);
        folded += chunk.length;
        // Compared at once: the version current now gets its validTo when a later event replaces it.
        expect(replayer.result()).toEqual(whole(events.slice(0, folded)));
        expect(replayer.lastEvent?.revision).toBe(BigInt(folded - 1));
      }
      const all = whole(events);
      expect(all.published.length).toBeGreaterThan(0);
      expect(new Set(all.audit.map((row) => row.kind))).toEqual(new Set(['official_score', 'report_status']));
      expect(replayer.result()).toEqual(all);
    },
  );

  it('forgets the rows a writer has stored, keeping every later row and every current version', () => {
    const events = recordedAssessmentEvents(220, 10, 5);
    const replayer = new AssessmentReplayer(catalogue, 'department', { versions: true });
    let stored = 0n;
    for (const chunk of chunksOf(events, 20, 5)) {
      for (const event of chunk) replayer.apply(event);
      const expected = whole(events.slice(0, Number(replayer.lastEvent?.revision) + 1));
      const result = replayer.result() as ReplayedScorecard;
      // The fold is whole: state, card and rows; only what was stored by `stored` is left out.
      expect({ ...result, audit: [], published: [], versions: [] }).toEqual({
        ...expected,
        audit: [],
        published: [],
        versions: [],
      });
      expect(result.audit).toEqual(expected.audit.filter((row) => BigInt(row.globalPosition) > stored));
      expect(result.published).toEqual(expected.published.filter((row) => BigInt(row.position) > stored));
      expect(result.versions).toEqual(
        (expected.versions ?? []).filter((row) => row.validTo === null || BigInt(row.validTo) > stored),
      );
      stored = result.position;
      replayer.forget(stored);
      expect(replayer.forgottenUpTo).toBe(stored);
    }
    // Forgetting up to an earlier position changes nothing.
    replayer.forget(100n);
    expect(replayer.forgottenUpTo).toBe(stored);
    // What a long-lived replayer holds is the versions still current, not the stream's history.
    const current = new Set((whole(events).versions ?? []).map((row) => `${row.part}/${row.code}`)).size;
    expect(replayer.heldRows).toBe(current);
  });

  it('refuses events of another stream and a stream that does not begin with its opening', () => {
    const events = recordedAssessmentEvents(20, 4);
    const replayer = new AssessmentReplayer(catalogue, 'department').apply(events[0]);
    expect(() => replayer.apply({ ...events[1], streamId: 'assessment-SNV-2021Q1' })).toThrow(ReplayError);
    expect(() => new AssessmentReplayer(catalogue, 'department').apply(events[1])).toThrow(
      expect.objectContaining({ code: 'NOT_OPENED' }),
    );
  });
});
