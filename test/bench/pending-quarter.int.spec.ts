import {
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEventWithMetadata,
  type AssessmentState,
} from '@dti/domain';
import { provinceUnits } from '../../bench/province/province-units';
import { pendingQuarter } from '../../bench/web/pending-quarter';
import { SeededRandom } from '../../scripts/seed/province/seeded-random';

/**
 * The web bench's review-queue arrangement (no services): the asked number of pending submissions,
 * spread over the units, each stream a history the decider produced (it folds back to that many pending).
 */
describe('pendingQuarter (bench:web arrangement)', () => {
  const { units } = provinceUnits(6, new SeededRandom(222).fork('units'));
  // Submitted after the quarter's first day (the evidence is dated then).
  const AFTER_QUARTER_START = new Date('2026-05-20T03:00:00.000Z');

  it('arranges exactly the asked number of pending submissions, round-robin over the units', () => {
    const streams = pendingQuarter({ units, period: '2026-Q2', pending: 200, seed: 222, startAt: AFTER_QUARTER_START });
    expect(streams.reduce((sum, stream) => sum + stream.pending, 0)).toBe(200);
    const counts = streams.map((stream) => stream.pending);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const stream of streams) {
      let state: AssessmentState = initialAssessmentState;
      for (const event of stream.commands.flat()) {
        state = evolveAssessment(state, event as unknown as AssessmentEventWithMetadata);
      }
      if (state.status === 'not_opened') throw new Error(`${stream.streamId} was never opened`);
      const pending = Object.values(state.submissions).filter((submission) => submission.status === 'pending');
      expect(pending).toHaveLength(stream.pending);
      expect(stream.streamId).toMatch(/^assessment-.+-2026Q2$/);
    }
  });

  it('refuses more than the units have criteria', () => {
    expect(() =>
      pendingQuarter({ units, period: '2026-Q2', pending: 10_000, seed: 1, startAt: AFTER_QUARTER_START }),
    ).toThrow(/criteria/);
  });
});
