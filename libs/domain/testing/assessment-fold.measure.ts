/**
 * Measures folding one busy unit-quarter with the old copying fold, the new one-event `evolveAssessment`
 * and `foldAssessment`. A measurement to read, not a test:
 *   npx ts-node --transpile-only libs/domain/testing/assessment-fold.measure.ts [events…]
 */
import { evolveAssessment, foldAssessment } from '../src/assessment/assessment.evolve';
import { referenceEvolveAssessment } from './assessment.evolve.reference';
import { busyQuarterSteps, criterionCodes, generateStream } from './assessment-stream.generator';
import { initialAssessmentState, type AssessmentEventWithMetadata, type AssessmentState } from '../src/assessment/assessment.state';

type Fold = (events: readonly AssessmentEventWithMetadata[]) => AssessmentState;

const folds: Record<string, Fold> = {
  'old evolve (reference)': (events) => events.reduce(referenceEvolveAssessment, initialAssessmentState),
  'new evolveAssessment, one by one': (events) => events.reduce(evolveAssessment, initialAssessmentState),
  foldAssessment: (events) => foldAssessment(events),
};

/** The best of a few runs after warming up: the machine is shared, the minimum is the least noisy. */
function measure(fold: Fold, events: readonly AssessmentEventWithMetadata[]): number {
  for (let i = 0; i < 2; i += 1) fold(events);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i += 1) {
    const start = process.hrtime.bigint();
    fold(events);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function streamOf(target: number): AssessmentEventWithMetadata[] {
  let steps = Math.round(target * 1.8);
  for (;;) {
    const { events } = generateStream(busyQuarterSteps(steps, 97), () => true, criterionCodes(97));
    if (events.length >= target) return events.slice(0, target);
    steps = Math.round(steps * 1.2);
  }
}

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length > 0 ? sizes : [2000, 8000]) {
  const events = streamOf(size);
  const last = foldAssessment(events);
  const submissions = last.status === 'not_opened' ? 0 : Object.keys(last.submissions).length;
  console.log(`${events.length} events, ${submissions} submissions, 97 criteria:`);
  for (const [name, fold] of Object.entries(folds))
    console.log(`  ${name.padEnd(34)} ${measure(fold, events).toFixed(1)} ms`);
}
