import { getCatalogue } from '@dti/catalogue';
import { AssessmentFolder, type OpenedAssessment } from '@dti/domain';
import { scoreCriterion } from '@dti/scoring';
import { notApplicableEvent, openedEvent, submittedEvent } from '../../../domain/testing/assessment-events.test-kit';
import { assessmentRowsOf, submissionScoresOf } from './assessment-rows';

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
    const row = assessmentRowsOf(state, catalogue, { revision: 3n, position: 7n }).state;
    expect(row.state.submissionScores).toEqual(JSON.parse(JSON.stringify(scores)));
  });
});
