import type { RegisterInForce } from './catalogue/plan-register-in-force';
import {
  decidePlanQuarter,
  evolvePlanQuarter,
  initialPlanQuarterState,
  planQuarterDecider,
  type PlanCommand,
} from './plan.decider';
import type { PlanEvent } from './plan.events';
import { PLAN_EVENT_VERSIONS } from './plan.events';
import {
  foldPlan as fold,
  planEnvelope as envelope,
  planLead as lead,
  planReviewer as reviewer,
  reportProgress as report,
  reviewReport as review,
} from '../../testing/plan.test-kit';
import { refusal } from '../../testing/refusal.test-kit';

describe('plan decider: reporting', () => {
  it('records the report with the plan’s own id, the reporter’s unit and the instant', () => {
    expect(decidePlanQuarter(report(lead(), { plan: 'TTH-222' }), initialPlanQuarterState)).toEqual([
      {
        type: 'PlanProgressReported',
        data: {
          plan: 'tth-222',
          period: '2021-Q1',
          reportId: '2021-Q1:target:2:1',
          kind: 'target',
          code: '2',
          unit: 'STTTT',
          progress: { kind: 'target', numerator: '80', denominator: '100' },
          evidence: [],
          submittedBy: 'sub-stttt',
          submittedAt: '2021-04-10T03:00:00.000Z',
        },
      },
    ]);
  });

  it('accepts the plan’s first and last quarters, refuses those outside, naming the range', () => {
    expect(decidePlanQuarter(report(lead(), { period: '2020-Q4' }), initialPlanQuarterState)).toHaveLength(1);
    expect(
      decidePlanQuarter(report(lead('2026-01-10T03:00:00Z'), { period: '2025-Q4' }), initialPlanQuarterState),
    ).toHaveLength(1);
    expect(refusal(() => decidePlanQuarter(report(lead(), { period: '2020-Q3' }), initialPlanQuarterState))).toEqual(
      expect.objectContaining({
        code: 'PLAN_PERIOD_OUT_OF_RANGE',
        details: { plan: 'tth-222', period: '2020-Q3', first: '2020-Q4', last: '2025-Q4' },
      }),
    );
    expect(
      refusal(() =>
        decidePlanQuarter(report(lead('2026-04-10T03:00:00Z'), { period: '2026-Q1' }), initialPlanQuarterState),
      ).details,
    ).toEqual({ plan: 'tth-222', period: '2026-Q1', first: '2020-Q4', last: '2025-Q4' });
  });

  it('a quarter is reported from its first instant (Vietnam time), not before', () => {
    expect(
      decidePlanQuarter(report(lead('2021-03-31T17:00:00.000Z'), { period: '2021-Q2' }), initialPlanQuarterState),
    ).toHaveLength(1);
    expect(
      refusal(() =>
        decidePlanQuarter(report(lead('2021-03-31T16:59:59.999Z'), { period: '2021-Q2' }), initialPlanQuarterState),
      ),
    ).toEqual(
      expect.objectContaining({
        code: 'PLAN_PERIOD_OUT_OF_RANGE',
        details: { plan: 'tth-222', period: '2021-Q2', first: '2020-Q4', last: 'the current quarter' },
      }),
    );
  });

  it('numbers a row’s reports after all its earlier ones; only the row’s own pending report blocks', () => {
    let state = fold(decidePlanQuarter(report(lead()), initialPlanQuarterState));
    // Another row, and another kind, are not blocked by target 2's pending report and are numbered on their own.
    const other = decidePlanQuarter(report(lead(), { code: '4' }), state);
    expect(other[0].data).toMatchObject({ reportId: '2021-Q1:target:4:1' });
    expect(refusal(() => decidePlanQuarter(report(lead()), state))).toEqual(
      expect.objectContaining({
        code: 'PLAN_REPORT_PENDING',
        details: { item: '2', period: '2021-Q1', pendingReportId: '2021-Q1:target:2:1' },
      }),
    );
    state = fold([...other, ...decidePlanQuarter(review(reviewer()), state)], state);
    const second = decidePlanQuarter(report(lead()), state);
    expect(second[0].data).toMatchObject({ reportId: '2021-Q1:target:2:2' });
  });

  it('a row is its kind and code: another kind’s pending report of the same code neither blocks nor counts', () => {
    // Plan 222's kinds use distinct codes; a stream may still hold another kind under the same code.
    const [reported] = decidePlanQuarter(report(lead()), initialPlanQuarterState) as Array<
      Extract<PlanEvent, { type: 'PlanProgressReported' }>
    >;
    const ofTask = fold([{ ...reported, data: { ...reported.data, kind: 'task', reportId: '2021-Q1:task:2:1' } }]);
    expect(decidePlanQuarter(report(lead()), ofTask)[0].data).toMatchObject({ reportId: '2021-Q1:target:2:1' });
  });

  it('bad evidence is refused naming the field "evidence"', () => {
    expect(refusal(() => decidePlanQuarter(report(lead(), { evidence: 'x' }), initialPlanQuarterState))).toEqual({
      code: 'INVALID_COMMAND',
      details: expect.objectContaining({ field: 'evidence' }),
    });
  });

  it('only a submitter of a lead agency reports; the refusal names the account, its unit and the leads', () => {
    expect(
      refusal(() => decidePlanQuarter(report(envelope('sub-snv', 'submitter', 'SNV')), initialPlanQuarterState)),
    ).toEqual(
      expect.objectContaining({
        code: 'NOT_PLAN_LEAD',
        details: { username: 'sub-snv', unit: 'SNV', item: '2', leads: ['STTTT'] },
      }),
    );
    expect(
      refusal(() => decidePlanQuarter(report(envelope('sub-x', 'submitter', null)), initialPlanQuarterState)).details,
    ).toMatchObject({ unit: null });
    expect(refusal(() => decidePlanQuarter(report(reviewer()), initialPlanQuarterState)).code).toBe(
      'ROLE_NOT_PERMITTED',
    );
  });

  it('with the register in force, a merged lead’s successor reports its rows', () => {
    const inForce: RegisterInForce = {
      period: '2021-Q1',
      units: new Map([['SKHCN', { block: 'department' }]]),
      successors: new Map([['STTTT', 'SKHCN']]),
      known: new Set(['STTTT', 'SKHCN']),
    };
    const decider = planQuarterDecider(inForce);
    const events = decider.decide(report(envelope('sub-skhcn', 'submitter', 'SKHCN')), decider.initialState);
    expect(events[0].data).toMatchObject({ unit: 'SKHCN', code: '2' });
    expect(refusal(() => decider.decide(report(lead()), decider.initialState)).details).toMatchObject({
      leads: ['SKHCN'],
    });
    expect(decider.evolve).toBe(evolvePlanQuarter);
    expect(decider.initialState).toBe(initialPlanQuarterState);
    expect(decider.eventVersions).toBe(PLAN_EVENT_VERSIONS);
    // Without it, the leads as the plan names them.
    expect(planQuarterDecider().decide(report(lead()), initialPlanQuarterState)).toHaveLength(1);
  });
});

describe('plan decider: reviewing', () => {
  const pending = fold(decidePlanQuarter(report(lead()), initialPlanQuarterState));

  it('approves with a trimmed note, or none', () => {
    expect(decidePlanQuarter(review(reviewer(), { note: '  Đạt yêu cầu ' }), pending)).toEqual([
      {
        type: 'PlanReportApproved',
        data: {
          plan: 'tth-222',
          period: '2021-Q1',
          reportId: '2021-Q1:target:2:1',
          reviewedBy: 'rev',
          reviewedAt: '2021-04-10T03:00:00.000Z',
          note: 'Đạt yêu cầu',
        },
      },
    ]);
    expect(decidePlanQuarter(review(reviewer(), { note: null }), pending)[0].data).toMatchObject({ note: null });
    expect(decidePlanQuarter(review(reviewer()), pending)[0].data).toMatchObject({ note: null });
    expect(refusal(() => decidePlanQuarter(review(reviewer(), { note: '  ' }), pending)).details).toMatchObject({
      field: 'note',
    });
  });

  it('rejects with a reason, never without', () => {
    expect(
      decidePlanQuarter(review(reviewer(), { decision: 'reject', reason: ' Thiếu minh chứng ' }), pending),
    ).toEqual([
      {
        type: 'PlanReportRejected',
        data: {
          plan: 'tth-222',
          period: '2021-Q1',
          reportId: '2021-Q1:target:2:1',
          reviewedBy: 'rev',
          reviewedAt: '2021-04-10T03:00:00.000Z',
          reason: 'Thiếu minh chứng',
        },
      },
    ]);
    expect(refusal(() => decidePlanQuarter(review(reviewer(), { decision: 'reject' }), pending))).toEqual(
      expect.objectContaining({ code: 'INVALID_COMMAND', details: expect.objectContaining({ field: 'reason' }) }),
    );
  });

  it('refuses a malformed id, then an unknown report, naming them', () => {
    expect(refusal(() => decidePlanQuarter(review(reviewer(), { reportId: 'x' }), pending)).details).toMatchObject({
      field: 'reportId',
    });
    expect(refusal(() => decidePlanQuarter(review(reviewer(), { reportId: '2021-Q1:target:2:7' }), pending))).toEqual(
      expect.objectContaining({
        code: 'PLAN_REPORT_NOT_FOUND',
        details: { plan: 'tth-222', reportId: '2021-Q1:target:2:7' },
      }),
    );
    expect(refusal(() => decidePlanQuarter(review(lead()), pending)).code).toBe('ROLE_NOT_PERMITTED');
  });

  it('a report is reviewed once; the refusal says how', () => {
    const rejected = fold(decidePlanQuarter(review(reviewer(), { decision: 'reject', reason: 'x' }), pending), pending);
    expect(refusal(() => decidePlanQuarter(review(reviewer('rev2')), rejected))).toEqual(
      expect.objectContaining({
        code: 'ALREADY_REVIEWED',
        details: { submissionId: '2021-Q1:target:2:1', decision: 'rejected' },
      }),
    );
    expect(refusal(() => decidePlanQuarter(review(envelope('sub-stttt', 'lead_reviewer', null)), pending))).toEqual(
      expect.objectContaining({
        code: 'SEPARATION_OF_DUTIES',
        details: { reviewer: 'sub-stttt', submissionId: '2021-Q1:target:2:1' },
      }),
    );
  });
});

describe('plan decider: the fold', () => {
  it('keeps each report’s review on that report only', () => {
    const two = fold([
      ...decidePlanQuarter(report(lead()), initialPlanQuarterState),
      ...decidePlanQuarter(report(lead(), { code: '4' }), initialPlanQuarterState),
    ]);
    expect(two.reports.map((r) => [r.reportId, r.status])).toEqual([
      ['2021-Q1:target:2:1', 'pending'],
      ['2021-Q1:target:4:1', 'pending'],
    ]);
    expect(two.reports[0]).toMatchObject({ reviewedBy: null, reviewedAt: null, reason: null, note: null });
    const approved = fold(decidePlanQuarter(review(reviewer(), { note: 'ok' }), two), two);
    expect(approved.reports[0]).toMatchObject({
      status: 'approved',
      reviewedBy: 'rev',
      reviewedAt: '2021-04-10T03:00:00.000Z',
      reason: null,
      note: 'ok',
    });
    expect(approved.reports[1]).toBe(two.reports[1]);
    const rejected = fold(
      decidePlanQuarter(
        review(reviewer(), { reportId: '2021-Q1:target:4:1', decision: 'reject', reason: 'r' }),
        approved,
      ),
      approved,
    );
    expect(rejected.reports[1]).toMatchObject({ status: 'rejected', reviewedBy: 'rev', reason: 'r', note: null });
    expect(rejected.reports[0]).toBe(approved.reports[0]);
  });
});

describe('plan decider: unknown types fail loudly', () => {
  it('names an event or command type it does not handle', () => {
    expect(() =>
      evolvePlanQuarter(initialPlanQuarterState, { type: 'PlanArchived', data: {} } as unknown as PlanEvent),
    ).toThrow(new TypeError('Unhandled plan event: {"type":"PlanArchived","data":{}}'));
    expect(() =>
      decidePlanQuarter(
        { type: 'ArchivePlan', data: {}, metadata: lead() } as unknown as PlanCommand,
        initialPlanQuarterState,
      ),
    ).toThrow(/^Unhandled plan command: \{"type":"ArchivePlan"/);
  });
});
