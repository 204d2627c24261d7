import fc from 'fast-check';
import { AssessmentFolder, evolveAssessment, foldAssessment } from './assessment.evolve';
import { referenceEvolveAssessment } from '../../testing/assessment.evolve.reference';
import {
  busyQuarterSteps,
  criterionCodes,
  generateStream,
  type GeneratedStream,
  type WorkflowStep,
} from '../../testing/assessment-stream.generator';
import { initialAssessmentState, type AssessmentEventWithMetadata, type AssessmentState } from './assessment.state';

const step: fc.Arbitrary<WorkflowStep> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      criterion: fc.nat(5),
      byHai: fc.boolean(),
      notApplicable: fc.boolean(),
      value: fc.nat(1000),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('approve' as const, 'reject' as const, 'withdraw' as const),
      criterion: fc.nat(5),
      other: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reviewOld' as const), pick: fc.nat(200) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('finalize' as const, 'reopen' as const, 'retry' as const) }),
  },
);

/** Steps, and which events keep their commandId (stored ones do, freshly decided ones do not). */
const stream: fc.Arbitrary<GeneratedStream> = fc
  .tuple(fc.array(step, { minLength: 1, maxLength: 120 }), fc.array(fc.boolean(), { maxLength: 40 }))
  .map(([steps, metadata]) => generateStream(steps, (i) => metadata.length === 0 || metadata[i % metadata.length]));

function referenceFold(
  events: readonly AssessmentEventWithMetadata[],
  initial: AssessmentState = initialAssessmentState,
) {
  return events.reduce(referenceEvolveAssessment, initial);
}

/** Exactly the same data, key order included (what JSON, Object.values and the views see). */
function expectSame(actual: AssessmentState, expected: AssessmentState): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

function expectFrozen(state: AssessmentState): void {
  expect(Object.isFrozen(state)).toBe(true);
  if (state.status === 'not_opened') return;
  for (const part of [
    state.criteria,
    state.submissions,
    state.handledCommandIds,
    state.finalizations,
    state.reopenings,
  ]) {
    expect(Object.isFrozen(part)).toBe(true);
  }
  for (const record of Object.values(state.criteria)) {
    expect(Object.isFrozen(record) && Object.isFrozen(record.history) && Object.isFrozen(record.submissionIds)).toBe(
      true,
    );
  }
  for (const submission of Object.values(state.submissions)) expect(Object.isFrozen(submission)).toBe(true);
}

describe('Folding an assessment stream (AssessmentFolder) gives exactly what the old copying fold gave', () => {
  it('generated workflows reach submissions, reviews, corrections, finalizations and retries', () => {
    const { events, refused } = generateStream(busyQuarterSteps(600, 6));
    const types = new Set(events.map((e) => e.type));
    expect([...types].sort()).toEqual(
      [
        'AssessmentOpened',
        'CorrectionSubmitted',
        'CriterionSubmitted',
        'NotApplicableDeclared',
        'ReportFinalized',
        'ReportReopened',
        'SubmissionApproved',
        'SubmissionRejected',
        'SubmissionWithdrawn',
      ].sort(),
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('foldAssessment equals the reference fold, and its result is frozen', () => {
    fc.assert(
      fc.property(stream, ({ events }) => {
        const folded = foldAssessment(events);
        expectSame(folded, referenceFold(events));
        expectFrozen(folded);
      }),
      { numRuns: 150 },
    );
  });

  it('evolveAssessment step by step equals the reference at every step, is frozen, and never changes the state it is given', () => {
    fc.assert(
      fc.property(stream, ({ events }) => {
        let state: AssessmentState = initialAssessmentState;
        let reference: AssessmentState = initialAssessmentState;
        const seen: Array<{ state: AssessmentState; json: string }> = [];
        for (const event of events) {
          const next = evolveAssessment(state, event);
          reference = referenceEvolveAssessment(reference, event);
          expectSame(next, reference);
          expectFrozen(next);
          seen.push({ state: next, json: JSON.stringify(next) });
          state = next;
        }
        for (const { state: earlier, json } of seen) expect(JSON.stringify(earlier)).toBe(json);
      }),
      { numRuns: 60 },
    );
  });

  it('an event that changes nothing returns the very same state, as before', () => {
    const { events } = generateStream([{ kind: 'submit', criterion: 0, byHai: false, notApplicable: false, value: 1 }]);
    const opened = foldAssessment(events);
    expect(evolveAssessment(opened, events[0])).toBe(opened);
    expect(evolveAssessment(initialAssessmentState, events[1])).toBe(initialAssessmentState);
  });

  it('results taken half-way (a retried command, the audit) are frozen and stay as they were while folding goes on', () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(200), { maxLength: 6 }), ({ events }, cuts) => {
        const at = new Set(cuts.map((c) => c % (events.length + 1)));
        const folder = new AssessmentFolder();
        const taken: Array<{ state: AssessmentState; json: string; index: number }> = [];
        events.forEach((event, index) => {
          if (at.has(index)) {
            const state = folder.result();
            expectFrozen(state);
            taken.push({ state, json: JSON.stringify(state), index });
          }
          folder.apply(event);
        });
        expectSame(folder.result(), referenceFold(events));
        for (const { state, json, index } of taken) {
          expect(JSON.stringify(state)).toBe(json);
          expectSame(state, referenceFold(events.slice(0, index)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('folding on from a state (reference-made, unfrozen) leaves that state untouched', () => {
    fc.assert(
      fc.property(stream, fc.nat(200), ({ events }, cut) => {
        const split = cut % (events.length + 1);
        const start = referenceFold(events.slice(0, split));
        const json = JSON.stringify(start);
        expectSame(foldAssessment(events.slice(split), start), referenceFold(events));
        expect(JSON.stringify(start)).toBe(json);
      }),
      { numRuns: 100 },
    );
  });

  it('the live view (`current`) reads as the reference state after each event', () => {
    const { events } = generateStream(busyQuarterSteps(400, 6, 7));
    const folder = new AssessmentFolder();
    let reference: AssessmentState = initialAssessmentState;
    for (const event of events) {
      folder.apply(event);
      reference = referenceEvolveAssessment(reference, event);
      expect(JSON.stringify(folder.current)).toBe(JSON.stringify(reference));
    }
  });

  it('a busy quarter of ~100 criteria folds to the same state', () => {
    const { events } = generateStream(busyQuarterSteps(3000, 97, 3), () => true, criterionCodes(97));
    expect(events.length).toBeGreaterThan(1500);
    expectSame(foldAssessment(events), referenceFold(events));
  });
});
