import { getCatalogue } from '@dti/catalogue';
import {
  toNewEvents,
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type AssessmentState,
  type OpenedAssessment,
  type RegisteredUnit,
} from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { replayScorecard, type ProjectedCriterionLine, type ProjectedNodeLine } from '@dti/read-model';
import {
  approvedEvent as approved,
  eventAt,
  eventRef,
  notApplicableEvent as notApplicable,
  openedEvent as opened,
  rejectedEvent as rejected,
  submittedEvent as submitted,
} from '../../../../../libs/domain/testing/assessment-events.test-kit';
import { assessmentView, RECENT_HISTORY, RECENT_SUBMISSIONS } from './assessment-view';

const unit: RegisteredUnit = {
  status: 'registered',
  code: 'STTTT',
  block: 'department',
  registeredOn: '2021-01-01',
  names: [
    {
      name: 'Sở Thông tin và Truyền thông',
      nameEn: 'Department of Information and Communications',
      effectiveOn: '2021-01-01',
      legalBasis: 'Kế hoạch 222/KH-UBND',
    },
  ],
  end: null,
};

function fold(events: AssessmentEvent[]): AssessmentState {
  return events.reduce(evolveAssessment, initialAssessmentState);
}

describe('assessmentView', () => {
  const catalogue = getCatalogue('tth-2020');

  it('lists every criterion of the unit’s block, nothing reported yet', () => {
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state: initialAssessmentState, revision: null });
    expect(view.report.status).toBe('not_opened');
    expect(view.unit).toMatchObject({ code: 'STTTT', block: 'department', activeInPeriod: true });
    const codes = view.criteria.map((c) => c.code);
    expect(codes).toContain('7.1.1');
    expect(codes).toContain('2.2.2'); // department only
    expect(codes).not.toContain('5.2.2'); // district only
    expect(view.criteria.every((c) => c.status === 'not-reported' && c.points.exact === '0')).toBe(true);
    expect(view.totals.points.exact).toBe('0');
    expect(view.totals.counts['out-of-scope']).toBeGreaterThan(0);
  });

  it('scores the approved figures and keeps them official while a correction is pending', () => {
    const state = fold([
      opened,
      submitted('s1', '7.1.1', { a: 300, b: 30 }),
      approved('s1', '7.1.1', { inputs: { a: 300, b: 30 } }),
      {
        type: 'CorrectionSubmitted',
        data: {
          ...eventRef,
          criterion: '7.1.1',
          submissionId: 's2',
          inputs: { a: 300, b: 15 },
          evidence: [],
          submittedBy: 'lan.stttt',
          submittedAt: eventAt,
          supersedes: null,
          corrects: 's1',
          reason: 'Số liệu b bị nhập nhầm',
        },
      },
    ]);
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 3n });
    const criterion = view.criteria.find((c) => c.code === '7.1.1');
    expect(criterion).toMatchObject({
      status: 'scored',
      points: { exact: '4', display: '4.00' },
      max: { exact: '4' },
      official: { submissionId: 's1', inputs: { a: 300, b: 30 }, notApplicable: false },
      pending: { submissionId: 's2', status: 'pending', corrects: 's1' },
    });
    // Issue #12: the title comes with the catalogue, the explanation with GET /scorecards.
    expect(criterion).not.toHaveProperty('title');
    expect(criterion).not.toHaveProperty('score');
    // The latest submission is the pending correction, shown as `pending` (the official one as `official`):
    // not repeated among the latest submissions (issue #12).
    expect(criterion?.submissions).toEqual([]);
    expect(criterion?.submissionsTotal).toBe(2);
    expect(criterion?.history.map((h) => h.action)).toEqual(['submitted', 'approved', 'correction_submitted']);
    expect(view.totals.points.exact).toBe('4');
    expect(view.revision).toBe('3');
  });

  it('carries the report’s latest finalization and reopening only (issue #12: the lists grow with the quarter)', () => {
    const milestone = (version: number, by: string) => ({ version, by, at: eventAt, reason: `lần ${version}` });
    const state: OpenedAssessment = {
      ...(fold([opened]) as OpenedAssessment),
      status: 'reopened',
      version: 3,
      finalizations: [1, 2, 3].map((version) => milestone(version, 'reviewer')),
      reopenings: [1, 2, 3].map((version) => milestone(version, 'lead')),
    };
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 9n });
    expect(view.report).toEqual({
      status: 'reopened',
      version: 3,
      finalizations: [milestone(3, 'reviewer')],
      reopenings: [milestone(3, 'lead')],
      reopeningsTotal: 3,
    });
  });

  it('excludes an officially not-applicable criterion from the applicable maximum', () => {
    const before = assessmentView({ unit, period: '2021-Q1', catalogue, state: fold([opened]), revision: 0n });
    const state = fold([
      opened,
      notApplicable('n1', '7.1.2', 'Không có cán bộ chuyên trách'),
      approved('n1', '7.1.2', { kind: 'not_applicable', notApplicableReason: 'Không có cán bộ chuyên trách' }),
    ]);
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 2n });
    expect(view.criteria.find((c) => c.code === '7.1.2')).toMatchObject({
      status: 'not-applicable',
      notApplicable: true,
      official: { notApplicableReason: 'Không có cán bộ chuyên trách' },
      applicableMax: { exact: '0' },
      points: { exact: '0' },
    });
    const maxBefore = Number(before.totals.applicableMax.exact);
    expect(Number(view.totals.applicableMax.exact)).toBe(maxBefore - 3);
  });

  it('lists the latest submission unless it is shown as the official value or the pending one', () => {
    const approvedOne = fold([
      opened,
      submitted('s1', '7.1.1', { a: 300, b: 30 }),
      approved('s1', '7.1.1', { inputs: { a: 300, b: 30 } }),
    ]);
    const official = assessmentView({ unit, period: '2021-Q1', catalogue, state: approvedOne, revision: 2n });
    expect(official.criteria.find((c) => c.code === '7.1.1')).toMatchObject({
      official: { submissionId: 's1' },
      submissions: [],
      submissionsTotal: 1,
    });
    const pending = fold([opened, submitted('s1', '7.1.1', { a: 300, b: 30 })]);
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state: pending, revision: 1n });
    expect(view.criteria.find((c) => c.code === '7.1.1')).toMatchObject({
      pending: { submissionId: 's1' },
      submissions: [],
      submissionsTotal: 1,
    });
  });

  it('shows submissions without their scores (issue #12: the review queue and the history pages carry them)', () => {
    const state = fold([
      opened,
      submitted('s1', '7.1.1', { a: 300, b: 30 }),
      approved('s1', '7.1.1', { inputs: { a: 300, b: 30 } }),
      submitted('s2', '7.1.2', { a: 10, b: 5 }),
      rejected('s2', '7.1.2'),
      submitted('s3', '7.1.3', { a: 10, b: 5 }),
    ]);
    const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 5n });
    const shown = view.criteria.flatMap((c) => [...c.submissions, ...(c.pending === null ? [] : [c.pending])]);
    expect(shown.map((s) => s.submissionId).sort()).toEqual(['s2', 's3']);
    for (const submission of shown) expect(submission).not.toHaveProperty('score');
  });

  it('answers the same from the scorecard the projector wrote for the state, and scores only when a line is missing', () => {
    const events: AssessmentEvent[] = [
      opened,
      submitted('s1', '7.1.1', { a: 300, b: 30 }),
      approved('s1', '7.1.1', { inputs: { a: 300, b: 30 } }),
      notApplicable('n1', '7.1.2', 'Không có cán bộ chuyên trách'),
      approved('n1', '7.1.2', { kind: 'not_applicable', notApplicableReason: 'Không có cán bộ chuyên trách' }),
    ];
    const stream = 'assessment-STTTT-2021Q1';
    const recorded: RecordedEvent[] = events.flatMap((event, n) =>
      toNewEvents(stream, [event], {
        actor: 'lan.stttt',
        role: 'submitter',
        occurredAt: eventAt,
        commandId: `c${n}`,
        correlationId: `c${n}`,
      }).map((fresh) => ({
        ...fresh,
        streamId: stream,
        revision: BigInt(n),
        position: BigInt(100 + n),
        recordedAt: new Date(eventAt),
      })),
    );
    const replayed = replayScorecard(recorded, catalogue, 'department');
    if (replayed === null) throw new Error('nothing replayed');
    // What findAssessmentStateWithScorecard selects from criterion_scores and scorecard_nodes.
    const criteria: ProjectedCriterionLine[] = replayed.criteria.map((row) => ({
      code: row.criterion,
      status: row.status,
      points: row.pointsExact,
      applicableMax: row.applicableMaxExact,
      explanationVi: row.explanationVi,
      explanationEn: row.explanationEn,
      ruleKind: row.ruleKind,
      notApplicableReason: row.notApplicableReason,
    }));
    const nodes: ProjectedNodeLine[] = replayed.nodes.map((row) => ({
      code: row.nodeCode,
      points: row.pointsExact,
      applicableMax: row.applicableMaxExact,
      percent: row.percentExact,
      counts: row.counts as unknown as Record<string, number>,
    }));
    const input = { unit, period: '2021-Q1', catalogue, state: replayed.state, revision: 4n };
    const scored = assessmentView(input);
    expect(JSON.stringify(assessmentView({ ...input, projected: { criteria, nodes } }))).toBe(JSON.stringify(scored));
    // The projector's lines are what the view shows…
    const marked = criteria.map((line) => (line.code === '7.1.1' ? { ...line, points: '7/2' } : line));
    const view = assessmentView({ ...input, projected: { criteria: marked, nodes } });
    expect(view.criteria.find((c) => c.code === '7.1.1')?.points.exact).toBe('7/2');
    // …and a card missing one of them is scored from the state instead.
    const partial = { criteria: criteria.filter((line) => line.code !== '7.1.2'), nodes };
    expect(assessmentView({ ...input, projected: partial })).toEqual(scored);
  });

  describe('bounded history (issue #12: the answer does not grow with a quarter’s history)', () => {
    /** `rounds` submissions of 7.1.1, each rejected: 2 history entries a round. */
    function rejectedRounds(rounds: number): AssessmentEvent[] {
      const events: AssessmentEvent[] = [opened];
      for (let n = 1; n <= rounds; n += 1) {
        events.push(submitted(`s${n}`, '7.1.1', { a: 300, b: n }), {
          type: 'SubmissionRejected',
          data: {
            ...eventRef,
            criterion: '7.1.1',
            submissionId: `s${n}`,
            submittedBy: 'lan.stttt',
            reviewer: 'minh.review',
            reviewedAt: eventAt,
            reason: `Lần ${n} thiếu minh chứng`,
          },
        });
      }
      return events;
    }

    it('carries the latest submissions and history entries, how many in all, and the cursor of the older ones', () => {
      const state = fold(rejectedRounds(6));
      const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 12n });
      const criterion = view.criteria.find((c) => c.code === '7.1.1');
      expect(RECENT_SUBMISSIONS).toBe(1);
      expect(RECENT_HISTORY).toBe(3);
      expect(criterion?.submissions.map((s) => s.submissionId)).toEqual(['s6']);
      expect(criterion?.submissionsTotal).toBe(6);
      // Entries 9…11 of 0…11, in the order they happened; the entries before 9 are a page away.
      expect(criterion?.history.map((h) => `${h.action}:${h.submissionId}`)).toEqual([
        'rejected:s5',
        'submitted:s6',
        'rejected:s6',
      ]);
      expect(criterion?.historyTotal).toBe(12);
      expect(criterion?.historyCursor).toBe('9');
    });

    it('gives no cursor when the history is all there, and counts nothing for a criterion not reported', () => {
      const state = fold(rejectedRounds(1));
      const view = assessmentView({ unit, period: '2021-Q1', catalogue, state, revision: 2n });
      expect(view.criteria.find((c) => c.code === '7.1.1')).toMatchObject({
        submissionsTotal: 1,
        historyTotal: 2,
        historyCursor: null,
      });
      expect(view.criteria.find((c) => c.code === '7.1.2')).toMatchObject({
        submissions: [],
        submissionsTotal: 0,
        history: [],
        historyTotal: 0,
        historyCursor: null,
      });
    });

    it('answers the same from a state holding only the latest entries with the totals the reader counted', () => {
      const whole = fold(rejectedRounds(6)) as OpenedAssessment;
      const record = whole.criteria['7.1.1'];
      const bounded: OpenedAssessment = {
        ...whole,
        criteria: {
          ...whole.criteria,
          '7.1.1': {
            ...record,
            submissionIds: record.submissionIds.slice(-RECENT_SUBMISSIONS),
            history: record.history.slice(-RECENT_HISTORY),
          },
        },
        submissions: Object.fromEntries(
          record.submissionIds.slice(-RECENT_SUBMISSIONS).map((id) => [id, whole.submissions[id]]),
        ),
      };
      const input = { unit, period: '2021-Q1', catalogue, revision: 12n };
      expect(
        assessmentView({ ...input, state: bounded, totals: { '7.1.1': { submissions: 6, history: 12 } } }),
      ).toEqual(assessmentView({ ...input, state: whole }));
    });
  });
});
