import { tth222 } from './catalogue/tth-222';
import type { PlanReport } from './plan.decider';
import { planReviewQueue } from './plan-review-queue';

const report = (over: Partial<PlanReport> & Pick<PlanReport, 'reportId' | 'kind' | 'code' | 'period'>): PlanReport => ({
  plan: 'tth-222',
  unit: 'STTTT',
  progress: { kind: 'target', numerator: '60', denominator: '100' },
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

describe('plan reports in the review queue (pure)', () => {
  const approvedQ4 = report({
    reportId: '2024-Q4:target:2:1',
    kind: 'target',
    code: '2',
    period: '2024-Q4',
    progress: { kind: 'target', numerator: '50', denominator: '100' },
    status: 'approved',
    reviewedBy: 'reviewer',
    reviewedAt: '2025-01-10T00:00:00.000Z',
  });
  const rejected = report({
    reportId: '2025-Q2:target:2:1',
    kind: 'target',
    code: '2',
    period: '2025-Q2',
    status: 'rejected',
    reviewedBy: 'reviewer',
    reviewedAt: '2025-05-03T00:00:00.000Z',
    reason: 'Thiếu minh chứng',
  });
  const target = report({
    reportId: '2025-Q2:target:2:2',
    kind: 'target',
    code: '2',
    period: '2025-Q2',
    progress: { kind: 'target', numerator: '455', denominator: '1000' },
    submittedAt: '2025-05-04T00:00:00.000Z',
  });
  const project = report({
    reportId: '2025-Q2:project:E.6:1',
    kind: 'project',
    code: 'E.6',
    period: '2025-Q2',
    unit: 'SGTVT',
    submittedBy: 'sub-sgtvt',
    submittedAt: '2025-05-01T00:00:00.000Z',
    progress: {
      kind: 'project',
      phase: 'in_progress',
      physicalPercent: '40',
      disbursed: { provincial: '1', other: '2' },
    },
  });
  const task = report({
    reportId: '2025-Q3:task:I.6:1',
    kind: 'task',
    code: 'I.6',
    period: '2025-Q3',
    unit: 'VPUBND',
    submittedBy: 'sub-vpubnd',
    submittedAt: '2025-08-01T00:00:00.000Z',
    progress: { kind: 'task', status: 'issued', documentNumber: null, issuedOn: null, issuedCount: 12 },
  });
  const all = [approvedQ4, rejected, target, project, task];

  it('lists the pending reports oldest first, each with its row, what it is measured against and its history', () => {
    const queue = planReviewQueue(tth222, all, { username: 'reviewer' });
    expect(queue.map((item) => item.report.reportId)).toEqual([
      '2025-Q2:project:E.6:1',
      '2025-Q2:target:2:2',
      '2025-Q3:task:I.6:1',
    ]);
    const [e6, t2, i6] = queue;
    expect(t2).toMatchObject({
      title: '100% dịch vụ công trực tuyến mức độ 3,4 trên môi trường mạng',
      titleEn: 'All public services online at level 3 or 4',
      percent: { value: 45.5, exact: '91/2' },
      targetPercent: { value: 100, exact: '100' },
      official: { period: '2024-Q4', reportId: '2024-Q4:target:2:1' },
      reviewable: true,
    });
    expect(t2.earlier.map((r) => [r.reportId, r.reason])).toEqual([['2025-Q2:target:2:1', 'Thiếu minh chứng']]);
    expect(e6).toMatchObject({
      lead: { units: ['SGTVT'] },
      titleEn: expect.stringMatching(/traffic/),
      budget: { provincial: '10000000000', other: '50000000000', total: '60000000000' },
      official: null,
      percent: null,
    });
    // "ít nhất 3 văn bản 1 năm" over the plan's five years.
    expect(i6).toMatchObject({ taskType: 'Văn bản chỉ đạo', required: 15 });
  });

  it('filters by the sending units, quarter and kind; the reader’s own report is not reviewable', () => {
    const own = planReviewQueue(tth222, all, { username: 'sub-sgtvt' }, { units: new Set(['SGTVT']) });
    expect(own.map((item) => [item.code, item.reviewable])).toEqual([['E.6', false]]);
    expect(planReviewQueue(tth222, all, { username: 'r' }, { period: '2025-Q3' }).map((i) => i.code)).toEqual(['I.6']);
    expect(planReviewQueue(tth222, all, { username: 'r' }, { kind: 'target' }).map((i) => i.code)).toEqual(['2']);
  });
});
