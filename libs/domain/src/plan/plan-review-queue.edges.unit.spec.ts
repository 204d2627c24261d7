import { tth222 } from './catalogue/tth-222';
import type { PlanReport } from './plan.decider';
import { planItems } from './catalogue/plan-registry';
import { planReviewQueue } from './plan-review-queue';

const report = (over: Partial<PlanReport> & Pick<PlanReport, 'reportId' | 'kind' | 'code' | 'period'>): PlanReport => ({
  plan: 'tth-222',
  unit: 'STTTT',
  progress: { kind: 'target', numerator: '1', denominator: '4' },
  evidence: [],
  submittedBy: 'sub-stttt',
  submittedAt: '2025-05-02T03:00:00.000Z',
  status: 'pending',
  reviewedBy: null,
  reviewedAt: null,
  reason: null,
  note: null,
  ...over,
});
const approved = (period: string, n: number, reviewedAt: string) =>
  report({ reportId: `${period}:target:2:${n}`, kind: 'target', code: '2', period, status: 'approved', reviewedAt });

describe('plan review queue at its edges', () => {
  it('the official value is the latest approved one up to the report’s quarter: latest quarter, then latest review', () => {
    const pending = report({ reportId: '2025-Q2:target:2:9', kind: 'target', code: '2', period: '2025-Q2' });
    const reports = [
      approved('2025-Q1', 2, '2025-04-20T00:00:00.000Z'),
      approved('2025-Q1', 1, '2025-04-10T00:00:00.000Z'),
      approved('2024-Q4', 1, '2025-01-10T00:00:00.000Z'),
      // Later than the report's quarter: not its official value.
      approved('2025-Q3', 1, '2025-08-10T00:00:00.000Z'),
      pending,
    ];
    const [item] = planReviewQueue(tth222, reports, { username: 'r' });
    expect(item.official).toEqual({
      period: '2025-Q1',
      reportId: '2025-Q1:target:2:2',
      progress: { kind: 'target', numerator: '1', denominator: '4' },
    });
    expect(item.percent).toEqual({ value: 25, exact: '25' });
    const reversed = planReviewQueue(tth222, [...reports].reverse(), { username: 'r' });
    expect(reversed[0].official?.reportId).toBe('2025-Q1:target:2:2');
    // Same quarter as the report counts.
    const same = planReviewQueue(tth222, [approved('2025-Q2', 1, '2025-05-01T00:00:00.000Z'), pending], {
      username: 'r',
    });
    expect(same[0].official?.reportId).toBe('2025-Q2:target:2:1');
    // A later review of an earlier quarter does not make it the official value.
    const late = planReviewQueue(
      tth222,
      [approved('2025-Q1', 1, '2025-04-10T00:00:00.000Z'), approved('2024-Q4', 1, '2025-05-01T00:00:00.000Z'), pending],
      { username: 'r' },
    );
    expect(late[0].official?.reportId).toBe('2025-Q1:target:2:1');
  });

  it('earlier: reviewed reports of the same row and quarter only; not pending ones, not other quarters or rows', () => {
    const pending = report({ reportId: '2025-Q2:target:2:3', kind: 'target', code: '2', period: '2025-Q2' });
    const rejected = report({
      reportId: '2025-Q2:target:2:1',
      kind: 'target',
      code: '2',
      period: '2025-Q2',
      status: 'rejected',
      reason: 'x',
    });
    const otherPending = report({
      reportId: '2025-Q2:target:4:1',
      kind: 'target',
      code: '4',
      period: '2025-Q2',
      submittedAt: '2025-05-03T00:00:00.000Z',
    });
    const queue = planReviewQueue(
      tth222,
      [approved('2025-Q1', 1, '2025-04-10T00:00:00.000Z'), rejected, pending, otherPending],
      { username: 'r' },
    );
    expect(queue.map((item) => item.report.reportId)).toEqual(['2025-Q2:target:2:3', '2025-Q2:target:4:1']);
    expect(queue[0].earlier).toEqual([rejected]);
    expect(queue[1].earlier).toEqual([]);
    expect(queue[1].official).toBeNull();
  });

  it('a task counted over the whole plan is not multiplied by its years; other kinds carry no task facts', () => {
    const task = report({
      reportId: '2025-Q2:task:II.1:1',
      kind: 'task',
      code: 'II.1',
      period: '2025-Q2',
      progress: { kind: 'task', status: 'drafting', documentNumber: null, issuedOn: null, issuedCount: 3 },
    });
    const [item] = planReviewQueue(tth222, [task], { username: 'r' });
    expect(item).toMatchObject({
      required: 25,
      taskType: 'Hội thảo, hội nghị',
      percent: null,
      targetPercent: null,
      budget: null,
    });
    const [target] = planReviewQueue(
      tth222,
      [report({ reportId: '2025-Q2:target:2:1', kind: 'target', code: '2', period: '2025-Q2' })],
      { username: 'r' },
    );
    expect(target).toMatchObject({ required: null, taskType: null, budget: null });
  });

  it('a row the plan does not have is shown by its code and reporter', () => {
    const [item] = planReviewQueue(
      tth222,
      [report({ reportId: '2025-Q2:task:I.99:1', kind: 'task', code: 'I.99', period: '2025-Q2', unit: 'SNV' })],
      { username: 'r' },
    );
    expect(item).toMatchObject({ title: 'I.99', titleEn: null, lead: { name: 'SNV', units: ['SNV'] }, required: null });
  });

  it('keeps the order of reports sent at the same instant', () => {
    const a = report({ reportId: '2025-Q2:target:4:1', kind: 'target', code: '4', period: '2025-Q2' });
    const b = report({ reportId: '2025-Q2:target:2:1', kind: 'target', code: '2', period: '2025-Q2' });
    const c = report({
      reportId: '2025-Q2:target:5:1',
      kind: 'target',
      code: '5',
      period: '2025-Q2',
      submittedAt: '2025-05-01T00:00:00.000Z',
    });
    expect(planReviewQueue(tth222, [a, b, c], { username: 'r' }).map((i) => i.code)).toEqual(['5', '4', '2']);
    expect(planReviewQueue(tth222, [b, a, c], { username: 'r' }).map((i) => i.code)).toEqual(['5', '2', '4']);
  });

  it('a row is its kind and code: a report never takes another kind’s row, facts or reviews under the same code', () => {
    const targetCode = tth222.targets[0].code;
    const taskCode = tth222.tasks[0].code;
    const projectCode = tth222.projects[0].code;
    const rows = [
      ['task', targetCode],
      ['target', taskCode],
      ['target', projectCode],
    ] as const;
    for (const [kind, code] of rows) {
      // Codes of one kind are not codes of another in plan 222, so the row is unknown to the plan.
      expect(planItems(tth222).some((item) => item.kind === kind && item.code === code)).toBe(false);
      const [item] = planReviewQueue(
        tth222,
        [report({ reportId: `2025-Q2:${kind}:${code}:1`, kind, code, period: '2025-Q2' })],
        { username: 'r' },
      );
      expect(item).toMatchObject({
        title: code,
        titleEn: null,
        lead: { name: 'STTTT', units: ['STTTT'] },
        targetPercent: null,
        taskType: null,
        required: null,
        budget: null,
      });
    }
    const pending = report({ reportId: '2025-Q2:target:2:2', kind: 'target', code: '2', period: '2025-Q2' });
    const otherKind = (status: PlanReport['status'], n: number) =>
      report({
        reportId: `2025-Q2:task:2:${n}`,
        kind: 'task',
        code: '2',
        period: '2025-Q2',
        status,
        reviewedAt: '2025-05-01T00:00:00.000Z',
      });
    const [item] = planReviewQueue(tth222, [otherKind('approved', 1), otherKind('rejected', 2), pending], {
      username: 'r',
    });
    expect(item).toMatchObject({ official: null, earlier: [] });
    // A known row's lead is its own.
    expect(item.lead).toEqual(planItems(tth222).find((row) => row.kind === 'target' && row.code === '2')?.lead);
  });
});
