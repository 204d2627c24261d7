import { getCatalogue } from '@dti/catalogue';
import { AssessmentFolder, type AssessmentEvent, type OpenedAssessment } from '@dti/domain';
import { scoreCard, scoreCriterion } from '@dti/scoring';
import { notApplicableEvent, openedEvent, submittedEvent } from '../../../domain/testing/assessment-events.test-kit';
import { assessmentRowsOf, storedStateOf, submissionScoresOf } from './assessment-rows';

describe('submissionScoresOf', () => {
  const catalogue = getCatalogue('tth-2020');
  const folder = new AssessmentFolder();
  for (const event of [
    openedEvent,
    submittedEvent('s1', '7.1.1', { a: 300, b: 30 }),
    // Figures the engine refuses (as after a catalogue fix): no score, not an error.
    submittedEvent('s2', '2.3.8', { count: 9 }),
    notApplicableEvent('n1', '7.1.2', 'Không có cán bộ chuyên trách'),
  ]) {
    folder.apply(event);
  }
  const state = folder.result() as OpenedAssessment;

  it('scores each submission with figures as the engine does, in the stored row too', () => {
    const engine = scoreCriterion(catalogue, '7.1.1', { a: 300, b: 30 });
    const scores = submissionScoresOf(state, catalogue);
    expect(scores).toEqual({
      s1: {
        points: { exact: engine.points.toString(), display: engine.points.toFixed(2) },
        max: { exact: engine.max.toString(), display: engine.max.toFixed(2) },
        explanation: engine.explanation,
        ruleKind: engine.ruleKind,
      },
      s2: null,
    });
    // Remembered scores answer the same.
    expect(submissionScoresOf(state, catalogue)).toEqual(scores);
    const rows = assessmentRowsOf(state, catalogue, {
      revision: 3n,
      position: 7n,
      card: scoreCard(catalogue, {}, { block: 'department' }),
    });
    expect(rows.submissions.map((row) => row.score)).toEqual(JSON.parse(JSON.stringify([scores.s1, null, null])));
    expect(storedStateOf(rows).submissionScores).toEqual(JSON.parse(JSON.stringify(scores)));
  });
});

describe('assessmentRowsOf', () => {
  const catalogue = getCatalogue('tth-2020');
  const last = { revision: 3n, position: 7n, card: scoreCard(catalogue, {}, { block: 'department' }) };
  const folder = new AssessmentFolder();
  for (const event of [
    openedEvent,
    submittedEvent('s1', '7.1.1', { a: 300, b: 30 }),
    notApplicableEvent('n1', '7.1.2', 'Không có cán bộ chuyên trách'),
  ]) {
    folder.apply(event);
  }
  const earlier = folder.result() as OpenedAssessment;
  const resubmitted = submittedEvent('s2', '7.1.1', { a: 200, b: 30 });
  folder.apply({ ...resubmitted, data: { ...resubmitted.data, supersedes: 's1' } } as AssessmentEvent);
  const state = folder.result() as OpenedAssessment;

  it('keeps the criteria, submissions, their scores and the histories out of the state row, and gives back the whole state', () => {
    const rows = assessmentRowsOf(state, catalogue, last);
    const row = rows.state.state as { submissions: object; submissionScores: object; criteria: object };
    expect(row.criteria).toEqual({});
    expect(row.submissions).toEqual({});
    expect(row.submissionScores).toEqual({});
    expect(rows.criteria.map((r) => [r.criterion, r.ordinal, (r.record as { history: unknown[] }).history])).toEqual([
      ['7.1.1', 0, []],
      ['7.1.2', 1, []],
    ]);
    expect(rows.history.map((r) => [r.criterion, r.seq])).toEqual([
      ['7.1.1', 0],
      ['7.1.1', 1],
      ['7.1.1', 2],
      ['7.1.2', 0],
    ]);
    expect(rows.submissions.map((r) => [r.submissionId, r.ordinal])).toEqual([
      ['s1', 0],
      ['n1', 1],
      ['s2', 2],
    ]);
    // Put back together, the state's text is the whole state's, key order and all.
    const whole = { ...state, handledCommandIds: [], submissionScores: submissionScoresOf(state, catalogue) };
    expect(JSON.stringify(storedStateOf(rows))).toBe(JSON.stringify(whole));
  });

  it('gives only the submissions and history entries made or changed since an earlier state of the same fold', () => {
    const rows = assessmentRowsOf(state, catalogue, last, earlier);
    expect(rows.criteria.map((r) => r.criterion)).toEqual(['7.1.1']);
    // s2 is new and supersedes s1; n1 did not change.
    expect(
      rows.submissions.map((r) => [r.submissionId, r.ordinal, (r.submission as { status: string }).status]),
    ).toEqual([
      ['s1', 0, 'superseded'],
      ['s2', 2, 'pending'],
    ]);
    expect(rows.history.map((r) => [r.criterion, r.seq, (r.entry as { action: string }).action])).toEqual([
      ['7.1.1', 1, 'superseded'],
      ['7.1.1', 2, 'submitted'],
    ]);
    // A new key that looks like an array index goes first in the record's key order: every entry it moved
    // is given again with its new ordinal.
    folder.apply(submittedEvent('7', '7.1.2', { a: 1, b: 2 }));
    const moved = assessmentRowsOf(folder.result() as OpenedAssessment, catalogue, last, state);
    expect(moved.submissions.map((r) => [r.submissionId, r.ordinal])).toEqual([
      ['7', 0],
      ['s1', 1],
      ['n1', 2],
      ['s2', 3],
    ]);
    const none = assessmentRowsOf(state, catalogue, last, state);
    expect([none.criteria, none.submissions, none.history]).toEqual([[], [], []]);
  });
});
