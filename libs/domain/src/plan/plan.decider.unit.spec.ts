import { decidePlanQuarter, initialPlanQuarterState } from './plan.decider';
import { parsePlanReportId } from './plan-streams';
import {
  foldPlan as fold,
  planEnvelope as envelope,
  reportProgress as report,
  reviewReport as review,
} from '../../testing/plan.test-kit';

describe('plan progress decider', () => {
  const lead = envelope('sub-stttt', 'submitter', 'STTTT');

  it('lets a lead agency report and a reviewer approve; numbers the reports of a row', () => {
    const [reported] = decidePlanQuarter(report(lead), initialPlanQuarterState);
    expect(reported).toMatchObject({
      type: 'PlanProgressReported',
      data: { reportId: '2021-Q1:target:2:1', unit: 'STTTT', progress: { numerator: '80', denominator: '100' } },
    });
    const state = fold([reported]);
    const rejected = decidePlanQuarter(
      {
        type: 'ReviewPlanReport',
        metadata: envelope('reviewer', 'reviewer', null),
        data: { plan: 'tth-222', reportId: '2021-Q1:target:2:1', decision: 'reject', reason: 'Thiếu minh chứng' },
      },
      state,
    );
    const after = fold(rejected, state);
    expect(after.reports[0].status).toBe('rejected');
    const [second] = decidePlanQuarter(report(envelope('sub-stttt', 'submitter', 'STTTT')), after);
    expect(second.data).toMatchObject({ reportId: '2021-Q1:target:2:2' });
    expect(parsePlanReportId('2021-Q1:project:A.I.1:2')).toEqual({ period: '2021-Q1', kind: 'project', code: 'A.I.1' });
  });

  it('refuses other agencies, unknown rows, self-review, a second pending report and bad figures', () => {
    expect(() => decidePlanQuarter(report(envelope('sub-snv', 'submitter', 'SNV')), initialPlanQuarterState)).toThrow(
      expect.objectContaining({ code: 'NOT_PLAN_LEAD' }),
    );
    expect(() => decidePlanQuarter(report(lead, { code: '99' }), initialPlanQuarterState)).toThrow(
      expect.objectContaining({ code: 'PLAN_ITEM_NOT_FOUND' }),
    );
    expect(() =>
      decidePlanQuarter(report(lead, { progress: { numerator: 5, denominator: 4 } }), initialPlanQuarterState),
    ).toThrow(expect.objectContaining({ code: 'INVALID_COMMAND' }));
    expect(() => decidePlanQuarter(report(lead, { period: '2026-Q1' }), initialPlanQuarterState)).toThrow(
      expect.objectContaining({ code: 'PLAN_PERIOD_OUT_OF_RANGE' }),
    );
    const state = fold(decidePlanQuarter(report(lead), initialPlanQuarterState));
    expect(() => decidePlanQuarter(report(lead), state)).toThrow(
      expect.objectContaining({ code: 'PLAN_REPORT_PENDING' }),
    );
    expect(() => decidePlanQuarter(review(lead), state)).toThrow(
      expect.objectContaining({ code: 'ROLE_NOT_PERMITTED' }),
    );
    expect(() => decidePlanQuarter(review(envelope('sub-stttt', 'lead_reviewer', null)), state)).toThrow(
      expect.objectContaining({ code: 'SEPARATION_OF_DUTIES' }),
    );
    const approved = fold(decidePlanQuarter(review(envelope('reviewer', 'reviewer', null)), state), state);
    expect(() => decidePlanQuarter(review(envelope('reviewer2', 'reviewer', null)), approved)).toThrow(
      expect.objectContaining({ code: 'ALREADY_REVIEWED' }),
    );
  });

  it('reads projects and tasks by their kind: phases, whole đồng, issued documents with number and date', () => {
    const project = decidePlanQuarter(
      report(lead, {
        kind: 'project',
        code: 'A.I.1',
        progress: {
          phase: 'in_progress',
          physicalPercent: '40.5',
          disbursed: { provincial: 1000000000, other: '25000000000000000' },
        },
      }),
      initialPlanQuarterState,
    );
    expect(project[0].data).toMatchObject({
      progress: { disbursed: { provincial: '1000000000', other: '25000000000000000' } },
    });
    expect(() =>
      decidePlanQuarter(
        report(lead, {
          kind: 'project',
          code: 'A.I.1',
          progress: { phase: 'in_progress', physicalPercent: 40, disbursed: { provincial: 2 ** 60, other: 0 } },
        }),
        initialPlanQuarterState,
      ),
    ).toThrow(/disbursed\.provincial/);
    expect(() =>
      decidePlanQuarter(
        report(lead, { kind: 'task', code: 'I.1', progress: { status: 'issued' } }),
        initialPlanQuarterState,
      ),
    ).toThrow(/documentNumber/);
    const vp = envelope('sub-vpubnd', 'submitter', 'VPUBND');
    expect(() =>
      decidePlanQuarter(
        report(vp, { kind: 'task', code: 'I.6', progress: { status: 'issued' } }),
        initialPlanQuarterState,
      ),
    ).toThrow(/issuedCount/);
    expect(
      decidePlanQuarter(
        report(vp, { kind: 'task', code: 'I.6', progress: { status: 'issued', issuedCount: 4 } }),
        initialPlanQuarterState,
      ),
    ).toHaveLength(1);
  });
});
