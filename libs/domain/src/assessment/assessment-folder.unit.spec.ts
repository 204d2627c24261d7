import type { AssessmentEvent } from './assessment.events';
import { AssessmentFolder, evolveAssessment, foldAssessment } from './assessment.evolve';
import { initialAssessmentState, type AssessmentState, type OpenedAssessment } from './assessment.state';
import { referenceEvolveAssessment } from '../../testing/assessment.evolve.reference';
import {
  approvedEvent,
  finalizedEvent,
  openedEvent,
  rejectedEvent,
  reopenedEvent,
  submittedEvent,
  withdrawnEvent,
} from '../../testing/assessment-events.test-kit';

/**
 * The folder's contract at the edges the generated streams seldom reach (assessment-fold.equivalence covers the
 * rest): it freezes only what it made, a result stays as it was whatever comes next, and reviewing a submission
 * that is not the criterion's pending one leaves the pending one alone.
 */
const referenceFold = (events: readonly AssessmentEvent[]): AssessmentState =>
  events.reduce(referenceEvolveAssessment, initialAssessmentState);

const opened = (state: AssessmentState): OpenedAssessment => {
  if (state.status === 'not_opened') throw new Error('expected an opened assessment');
  return state;
};

const parts = (state: OpenedAssessment) => ({
  state,
  criteria: state.criteria,
  submissions: state.submissions,
  handledCommandIds: state.handledCommandIds,
  finalizations: state.finalizations,
  reopenings: state.reopenings,
});

describe('AssessmentFolder at its edges', () => {
  it('freezes only what it made: a state it is given (unfrozen) stays unfrozen, whatever the event touches', () => {
    const events = [openedEvent, submittedEvent('s1', '1.1', { a: 1 })];
    const frozenNone = (state: OpenedAssessment) =>
      expect(Object.entries(parts(state)).filter(([, part]) => Object.isFrozen(part))).toEqual([]);

    // An event that changes nothing gives back the very state, still unfrozen.
    const start = opened(referenceFold(events));
    expect(evolveAssessment(start, openedEvent)).toBe(start);
    frozenNone(start);
    // A finalization touches the top level and the finalizations only; a withdrawal the criteria and submissions.
    for (const event of [finalizedEvent(1), withdrawnEvent('s1', '1.1')]) {
      const given = opened(referenceFold(events));
      const json = JSON.stringify(given);
      const next = opened(evolveAssessment(given, event));
      expect(next).not.toBe(given);
      expect(Object.isFrozen(next)).toBe(true);
      frozenNone(given);
      expect(JSON.stringify(given)).toBe(json);
    }
  });

  it('a folded stream of one event is frozen', () => {
    const state = opened(foldAssessment([openedEvent]));
    expect(Object.entries(parts(state)).filter(([, part]) => !Object.isFrozen(part))).toEqual([]);
  });

  it('a result taken after a reopening stays as it was while further finalizations and reopenings are folded', () => {
    const folder = new AssessmentFolder();
    folder.applyAll([openedEvent, submittedEvent('s1', '1.1', { a: 1 }), finalizedEvent(1), reopenedEvent(1)]);
    const first = opened(folder.result());
    const json = JSON.stringify(first);
    folder.applyAll([finalizedEvent(2), reopenedEvent(2)]);
    const second = opened(folder.result());
    expect(JSON.stringify(first)).toBe(json);
    expect(second.finalizations.map((f) => f.version)).toEqual([1, 2]);
    expect(second.reopenings.map((r) => [r.version, r.reason])).toEqual([
      [1, 'mở lại 1'],
      [2, 'mở lại 2'],
    ]);
    expect(Object.isFrozen(second.finalizations) && Object.isFrozen(second.reopenings)).toBe(true);
    // And one event at a time from the first result.
    const stepped = [finalizedEvent(2), reopenedEvent(2)].reduce(evolveAssessment, first as AssessmentState);
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(second));
  });

  it('reviewing or withdrawing a submission that is not the pending one leaves the pending one pending', () => {
    // The decider supersedes the older submission instead, so no generated stream has this; the fold's rule is still
    // to clear `pending` only for the submission the event names.
    const events = [openedEvent, submittedEvent('s1', '1.1', { a: 1 }), submittedEvent('s2', '1.1', { a: 2 })];
    for (const event of [
      withdrawnEvent('s1', '1.1'),
      rejectedEvent('s1', '1.1'),
      approvedEvent('s1', '1.1', { inputs: { a: 1 } }),
    ]) {
      expect(opened(foldAssessment([...events, event])).criteria['1.1'].pending).toBe('s2');
      expect(opened(evolveAssessment(foldAssessment(events), event)).criteria['1.1'].pending).toBe('s2');
    }
    // The one it names is cleared.
    expect(opened(foldAssessment([...events, rejectedEvent('s2', '1.1')])).criteria['1.1'].pending).toBeNull();
  });

  it('an event naming a submission the stream does not have adds none', () => {
    const events = [openedEvent, submittedEvent('s1', '1.1', { a: 1 })];
    const approved = approvedEvent('s1', '1.1', { inputs: { a: 1 }, replaces: 'ghost' });
    expect(Object.keys(opened(foldAssessment([...events, approved])).submissions)).toEqual(['s1']);
    expect(Object.keys(opened(foldAssessment([...events, withdrawnEvent('ghost', '1.1')])).submissions)).toEqual([
      's1',
    ]);
  });
});
