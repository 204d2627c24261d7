import { Rational } from '@dti/catalogue';
import type { PlanRegisterUnit } from './catalogue/plan-agencies';
import type { PlanItemKind, PlanProject, PlanTarget, PlanTask, PlanVersion } from './catalogue/plan.types';
import type { PlanReport, PlanReportStatus } from './plan.decider';
import type { PlanProgress } from './plan-progress';
import { linearProjection, planEvaluation, planProgressView, type PlanProgressView } from './plan-overview';

/*
 * A small plan built by hand, so every figure of the views can be worked out on paper: 2021-Q1…2022-Q4
 * (quarter indexes 0…7), target year 2023 (two plan years for per-year quantities).
 */
const register: PlanRegisterUnit[] = [
  { code: 'A', block: 'department', name: 'Sở A', seedSpellings: [] },
  { code: 'B', block: 'department', name: 'Sở B', seedSpellings: [] },
  { code: 'H', block: 'district', name: 'Huyện H', seedSpellings: [] },
];

const target = (code: string, targetPercent: string, lead: string, contentEn?: string): PlanTarget => ({
  code,
  number: Number(code),
  content: `Chỉ tiêu ${code}`,
  ...(contentEn === undefined ? {} : { contentEn }),
  targetPercent,
  measure: '%',
  lead,
  coordinating: [],
});
const task = (code: string, lead: string, quantity: PlanTask['quantity'], extra: Partial<PlanTask> = {}): PlanTask => ({
  code,
  group: 'documents',
  number: 1,
  task: `Nhiệm vụ ${code}`,
  lead,
  coordinating: '',
  type: 'Quyết định',
  quantity,
  ...extra,
});
const project = (
  code: string,
  lead: string,
  years: { from: number; to: number },
  budget: PlanProject['budget'],
  extra: Partial<PlanProject> = {},
): PlanProject => ({
  code,
  section: 'A.I',
  number: 1,
  title: `Dự án ${code}`,
  lead,
  yearsText: `${years.from}-${years.to}`,
  years,
  budgetLead: lead,
  budget,
  ...extra,
});

const plan: PlanVersion = {
  id: 'mini',
  title: 'Kế hoạch nhỏ',
  source: 'spec',
  firstPeriod: '2021-Q1',
  lastPeriod: '2022-Q4',
  targetYear: 2023,
  agencies: {
    'Ngân hàng': { outside: 'NHNN' },
    'Các sở': { block: 'department' },
    'Sở Z': { units: ['Z'] },
  },
  targets: [
    target('1', '35', 'Sở A', 'Target one'),
    target('2', '50', 'Sở B'),
    target('3', '100', 'Ngân hàng'),
    target('4', '90', 'Sở A'),
    target('5', '60', 'Sở A'),
  ],
  tasks: [
    task('I.1', 'Sở A', null, { taskEn: 'Task one' }),
    task('I.2', 'Sở A/ Sở B', { count: 3, atLeast: true, per: 'year', what: 'báo cáo' }, { seedText: 'Nhiệm vu I.2' }),
    task('I.3', 'Ngân hàng', { count: 5, atLeast: true, per: 'plan', what: 'văn bản' }),
    task('I.4', 'Sở Z', null),
    task('I.5', 'Không rõ', null),
  ],
  sections: [{ code: 'A.I', title: 'Hạ tầng' }],
  projects: [
    project('P1', 'Sở A', { from: 2021, to: 2022 }, { provincial: '100', other: '50', total: '150' }),
    project('P2', 'Các sở', { from: 2021, to: 2021 }, null),
    project(
      'P3',
      'Sở B',
      { from: 2021, to: 2022 },
      { provincial: '10', other: '0', total: '10' },
      {
        titleEn: 'Project three',
        seedText: 'Du an P3',
      },
    ),
    project('P4', 'Sở B', { from: 2020, to: 2021 }, { provincial: '5', other: '5', total: '10' }),
  ],
  declaredBudget: { provincial: '115', other: '55', total: '170' },
  budgetNotes: [],
  errata: [],
};

let sequence = 0;
function report(
  kind: PlanItemKind,
  code: string,
  period: string,
  progress: PlanProgress,
  status: PlanReportStatus = 'approved',
  reviewedAt: string | null = `${period.slice(0, 4)}-0${period.slice(-1)}-15T00:00:00.000Z`,
): PlanReport {
  sequence += 1;
  return {
    reportId: `${period}:${kind}:${code}:${sequence}`,
    plan: 'mini',
    period,
    kind,
    code,
    unit: 'A',
    progress,
    evidence: [],
    submittedBy: 'sub',
    submittedAt: '2021-01-01T00:00:00.000Z',
    status,
    reviewedBy: status === 'pending' ? null : 'rev',
    reviewedAt: status === 'pending' ? null : reviewedAt,
    reason: null,
    note: null,
  };
}
const share = (numerator: string, denominator: string): PlanProgress => ({ kind: 'target', numerator, denominator });
const taskProgress = (
  status: 'not_started' | 'drafting' | 'issued',
  issuedCount: number | null = null,
): PlanProgress => ({
  kind: 'task',
  status,
  documentNumber: status === 'issued' ? '1/QĐ' : null,
  issuedOn: status === 'issued' ? '2021-03-01' : null,
  issuedCount,
});
const projectProgress = (
  phase: 'preparation' | 'in_progress' | 'completed' | 'stopped',
  provincial: string,
  other: string,
): PlanProgress => ({ kind: 'project', phase, physicalPercent: '50', disbursed: { provincial, other } });

const t1 = report('target', '1', '2021-Q2', share('5', '100'));
const t3 = report('target', '3', '2021-Q1', share('1', '3'));
const t4Later = report('target', '4', '2021-Q2', share('1', '2'), 'approved', '2021-06-20T00:00:00.000Z');
const t4Earlier = report('target', '4', '2021-Q2', share('9', '10'), 'approved', '2021-06-01T00:00:00.000Z');
const t5q3 = report('target', '5', '2021-Q3', share('3', '5'));
const i1q3 = report('task', 'I.1', '2021-Q3', taskProgress('issued'));
const i2six = report('task', 'I.2', '2021-Q4', taskProgress('issued', 6), 'approved', '2021-12-20T00:00:00.000Z');
const p1q4 = report('project', 'P1', '2021-Q4', projectProgress('in_progress', '40', '10'));
const p1final = report('project', 'P1', '2022-Q4', projectProgress('completed', '90', '50'));
const p2 = report('project', 'P2', '2021-Q2', projectProgress('stopped', '0', '7'));
const p4 = report('project', 'P4', '2021-Q1', projectProgress('preparation', '1', '2'));
const t4final = report('target', '4', '2022-Q4', share('100', '100'));

const reports: PlanReport[] = [
  t1,
  t3,
  report('target', '4', '2021-Q1', share('50', '100')),
  t4Later,
  t4Earlier,
  report('target', '4', '2021-Q3', share('95', '100'), 'pending'),
  report('target', '4', '2021-Q4', share('99', '100'), 'rejected'),
  t4final,
  // Out of period order on purpose: the series is sorted by quarter.
  t5q3,
  report('target', '5', '2021-Q1', share('10', '100')),
  // Another kind's report with a target's code is not the target's.
  report('task', '2', '2021-Q1', taskProgress('drafting')),
  i1q3,
  report('task', 'I.1', '2021-Q2', taskProgress('drafting')),
  i2six,
  report('task', 'I.2', '2021-Q4', taskProgress('issued', 5), 'approved', '2021-12-01T00:00:00.000Z'),
  report('task', 'I.2', '2022-Q4', taskProgress('issued', 5)),
  report('task', 'I.3', '2021-Q1', taskProgress('issued', 5)),
  report('task', 'I.5', '2021-Q1', taskProgress('issued'), 'pending'),
  p1final,
  p1q4,
  p2,
  p4,
];

const percent = (value: number, exact: string) => ({ value, exact });

describe('linearProjection', () => {
  it('fits least squares exactly through three points (slope and intercept both count)', () => {
    const points = [
      { x: 0, y: Rational.of(0) },
      { x: 1, y: Rational.of(10) },
      { x: 2, y: Rational.of(14) },
    ];
    // n=3, Σx=3, Σy=24, Σx²=5, Σxy=38: slope 7, intercept 1.
    expect(linearProjection(points, 4)?.toString()).toBe('29');
    expect(linearProjection(points, 0)?.toString()).toBe('1');
  });

  it('one point after the first quarter runs from 0 at the start; at the first quarter it has no trend', () => {
    expect(linearProjection([{ x: 1, y: Rational.of(5) }], 7)?.toString()).toBe('35');
    expect(linearProjection([{ x: 0, y: Rational.of(5) }], 7)).toBeNull();
  });

  it('has no trend when every point is in the same quarter', () => {
    const points = [
      { x: 3, y: Rational.of(5) },
      { x: 3, y: Rational.of(9) },
    ];
    expect(linearProjection(points, 7)).toBeNull();
  });
});

describe('planProgressView of a hand-built plan', () => {
  // Built in each test, not while Jest collects the file: mutation testing's per-test coverage counts only
  // what a test runs, and views built at collection left every rule they exercise to the demo spec alone.
  let mid: PlanProgressView;
  let end: PlanProgressView;
  beforeEach(() => {
    mid = planProgressView(plan, reports, '2022-Q3', register);
    end = planProgressView(plan, reports, undefined, register);
  });
  const target = (view: PlanProgressView, code: string) => view.targets.find((t) => t.code === code);
  const taskOf = (view: PlanProgressView, code: string) => view.tasks.find((t) => t.code === code);
  const projectOf = (view: PlanProgressView, code: string) => view.projects.find((p) => p.code === code);

  it('names the plan and the quarter; without one, the plan’s last', () => {
    expect(mid).toMatchObject({ plan: 'mini', asOf: '2022-Q3' });
    expect(end.asOf).toBe('2022-Q4');
  });

  it('a target on course when its trend reaches the goal exactly at the plan’s end', () => {
    expect(target(mid, '1')).toEqual({
      code: '1',
      content: 'Chỉ tiêu 1',
      contentEn: 'Target one',
      lead: { name: 'Sở A', units: ['A'] },
      targetPercent: percent(35, '35'),
      latest: {
        period: '2021-Q2',
        percent: percent(5, '5'),
        numerator: '5',
        denominator: '100',
        reportId: t1.reportId,
      },
      series: [{ period: '2021-Q2', percent: percent(5, '5') }],
      projectedAtEnd: percent(35, '35'),
      status: 'on_track',
      statusLabel: 'Đúng tiến độ',
    });
    // Once the plan has ended, below the goal is not met, whatever the trend.
    expect(target(end, '1')).toMatchObject({ status: 'not_met', statusLabel: 'Không đạt' });
  });

  it('a target without approved values has no data', () => {
    expect(target(mid, '2')).toMatchObject({
      contentEn: null,
      latest: null,
      series: [],
      projectedAtEnd: null,
      status: 'no_data',
      statusLabel: 'Chưa có số liệu',
    });
    expect(target(end, '2')?.status).toBe('no_data');
  });

  it('a single value in the first quarter has no trend: behind; exact fractions beside rounded numbers', () => {
    expect(target(mid, '3')).toMatchObject({
      lead: { name: 'Ngân hàng', units: [], outside: 'NHNN' },
      latest: { period: '2021-Q1', percent: percent(33.33, '100/3'), numerator: '1', denominator: '3' },
      projectedAtEnd: null,
      status: 'behind',
      statusLabel: 'Chậm tiến độ',
    });
  });

  it('reads the latest approved value of each quarter up to the date asked', () => {
    // 2021-Q2 has two approved values: the later review counts. Pending, rejected and later quarters do not.
    expect(target(mid, '4')).toMatchObject({
      latest: { period: '2021-Q2', percent: percent(50, '50'), reportId: t4Later.reportId },
      series: [
        { period: '2021-Q1', percent: percent(50, '50') },
        { period: '2021-Q2', percent: percent(50, '50') },
      ],
      projectedAtEnd: percent(50, '50'),
      status: 'behind',
    });
    expect(target(end, '4')).toMatchObject({
      latest: { period: '2022-Q4', percent: percent(100, '100'), reportId: t4final.reportId },
      status: 'met',
      statusLabel: 'Đạt',
    });
  });

  it('a value equal to the goal meets it; the series is in quarter order', () => {
    expect(target(mid, '5')).toMatchObject({
      latest: { period: '2021-Q3', percent: percent(60, '60'), reportId: t5q3.reportId },
      series: [
        { period: '2021-Q1', percent: percent(10, '10') },
        { period: '2021-Q3', percent: percent(60, '60') },
      ],
      // Through (0, 10) and (2, 60): 10 + 25·7.
      projectedAtEnd: percent(185, '185'),
      status: 'met',
    });
  });

  it('the latest review of a quarter wins whatever order the reports come in', () => {
    const reversed = planProgressView(plan, [...reports].reverse(), '2022-Q3', register);
    expect(target(reversed, '4')?.latest?.reportId).toBe(t4Later.reportId);
    expect(taskOf(reversed, 'I.2')?.latest?.reportId).toBe(i2six.reportId);
    expect(taskOf(reversed, 'I.1')?.latest?.reportId).toBe(i1q3.reportId);
    expect(projectOf(planProgressView(plan, [...reports].reverse(), undefined, register), 'P1')?.phase).toBe(
      'completed',
    );
  });

  it('counts the targets by status', () => {
    expect(mid.summary.targets).toEqual({ met: 1, on_track: 1, behind: 2, not_met: 0, no_data: 1 });
    expect(end.summary.targets).toEqual({ met: 2, on_track: 0, behind: 0, not_met: 2, no_data: 1 });
  });

  it('a one-off task is done once issued; its latest approved report is the latest quarter’s', () => {
    expect(taskOf(mid, 'I.1')).toEqual({
      code: 'I.1',
      task: 'Nhiệm vụ I.1',
      taskEn: 'Task one',
      seedText: null,
      lead: { name: 'Sở A', units: ['A'] },
      type: 'Quyết định',
      latest: { period: '2021-Q3', reportId: i1q3.reportId, progress: i1q3.progress },
      required: null,
      done: true,
      overdue: false,
    });
  });

  it('a recurring task is done when its count reaches the quantity over the plan’s years', () => {
    expect(taskOf(mid, 'I.2')).toMatchObject({
      taskEn: null,
      seedText: 'Nhiệm vu I.2',
      latest: { period: '2021-Q4', reportId: i2six.reportId },
      required: 6,
      done: true,
      overdue: false,
    });
    // Its last report counts 5 of 6: not done, and overdue once the plan has ended.
    expect(taskOf(end, 'I.2')).toMatchObject({ required: 6, done: false, overdue: true });
    // A quantity for the whole plan is not multiplied.
    expect(taskOf(mid, 'I.3')).toMatchObject({ required: 5, done: true });
  });

  it('a task without an approved report is not done, and overdue only once the plan has ended', () => {
    expect(taskOf(mid, 'I.4')).toMatchObject({ latest: null, done: false, overdue: false });
    expect(taskOf(end, 'I.4')).toMatchObject({ latest: null, done: false, overdue: true });
    expect(taskOf(mid, 'I.5')).toMatchObject({ latest: null, done: false });
    expect(mid.summary.tasks).toEqual({ total: 5, done: 3, overdue: 0 });
    expect(end.summary.tasks).toEqual({ total: 5, done: 2, overdue: 3 });
  });

  it('a task still drafting is not done; the latest quarter wins over a later review of an earlier quarter', () => {
    const drafting = report('task', 'I.5', '2021-Q3', taskProgress('drafting'), 'approved', '2021-09-01T00:00:00.000Z');
    const issuedEarlier = report(
      'task',
      'I.5',
      '2021-Q2',
      taskProgress('issued'),
      'approved',
      '2021-09-30T00:00:00.000Z',
    );
    const view = planProgressView(plan, [issuedEarlier, drafting], undefined, register);
    expect(taskOf(view, 'I.5')).toMatchObject({
      latest: { period: '2021-Q3', reportId: drafting.reportId },
      done: false,
      overdue: true,
    });
  });

  it('counts tasks by lead: each unit of a joint lead, the outside agency or the name as written', () => {
    expect(end.summary.tasksByLead).toEqual([
      { lead: 'A', name: 'Sở A', total: 2, done: 1, overdue: 1 },
      { lead: 'B', name: 'Sở B', total: 1, done: 0, overdue: 1 },
      { lead: 'NHNN', name: 'NHNN', total: 1, done: 1, overdue: 0 },
      // A unit the register does not hold is named by its code.
      { lead: 'Z', name: 'Z', total: 1, done: 0, overdue: 1 },
      { lead: 'Không rõ', name: 'Không rõ', total: 1, done: 0, overdue: 1 },
    ]);
  });

  it('projects: phase of the latest approved report, overdue after their last year unless completed or stopped', () => {
    expect(projectOf(mid, 'P1')).toEqual({
      code: 'P1',
      section: 'A.I',
      title: 'Dự án P1',
      titleEn: null,
      seedText: null,
      lead: { name: 'Sở A', units: ['A'] },
      years: { from: 2021, to: 2022 },
      budget: { provincial: '100', other: '50', total: '150' },
      businessFunded: false,
      latest: { period: '2021-Q4', reportId: p1q4.reportId, progress: p1q4.progress },
      phase: 'in_progress',
      completed: false,
      overdue: false,
    });
    expect(projectOf(end, 'P1')).toMatchObject({ phase: 'completed', completed: true, overdue: false });
    expect(projectOf(mid, 'P2')).toMatchObject({
      lead: { name: 'Các sở', units: ['A', 'B'], block: 'department' },
      budget: null,
      businessFunded: true,
      phase: 'stopped',
      completed: false,
      overdue: false,
    });
    expect(projectOf(mid, 'P3')).toMatchObject({
      titleEn: 'Project three',
      seedText: 'Du an P3',
      latest: null,
      phase: 'not_reported',
      overdue: false,
    });
    // Its last year is 2022: overdue from 2023 on.
    expect(projectOf(planProgressView(plan, reports, '2023-Q1', register), 'P3')).toMatchObject({ overdue: true });
    expect(projectOf(mid, 'P4')).toMatchObject({ phase: 'preparation', overdue: true });
    expect(mid.summary.projectsByPhase).toEqual({
      preparation: 1,
      in_progress: 1,
      completed: 0,
      stopped: 1,
      not_reported: 1,
    });
  });

  it('sums planned and disbursed money: once for the province, for each lead of a joint project', () => {
    expect(mid.summary.budget.province).toEqual({
      planned: { provincial: '115', other: '55', total: '170' },
      disbursed: { provincial: '41', other: '19', total: '60' },
    });
    expect(mid.summary.budget.byLead).toEqual([
      {
        lead: 'A',
        name: 'Sở A',
        planned: { provincial: '100', other: '50', total: '150' },
        disbursed: { provincial: '40', other: '17', total: '57' },
      },
      {
        lead: 'B',
        name: 'Sở B',
        planned: { provincial: '15', other: '5', total: '20' },
        disbursed: { provincial: '1', other: '9', total: '10' },
      },
    ]);
  });
});

describe('planEvaluation', () => {
  it('reads what was approved by the plan’s last quarter', () => {
    const evaluation = planEvaluation(plan, reports, register);
    expect(evaluation.plan).toBe('mini');
    expect(evaluation.asOf).toBe('2022-Q4');
    expect(evaluation.targets).toMatchObject({ met: 2, notMet: 2, noData: 1 });
    expect(evaluation.targets.list.map((t) => [t.code, t.status])).toEqual([
      ['1', 'not_met'],
      ['2', 'no_data'],
      ['3', 'not_met'],
      ['4', 'met'],
      ['5', 'met'],
    ]);
    expect(evaluation.targets.list[0]).toEqual({
      code: '1',
      content: 'Chỉ tiêu 1',
      contentEn: 'Target one',
      status: 'not_met',
      statusLabel: 'Không đạt',
      latest: {
        period: '2021-Q2',
        percent: percent(5, '5'),
        numerator: '5',
        denominator: '100',
        reportId: t1.reportId,
      },
      targetPercent: percent(35, '35'),
    });
    expect(evaluation.tasks).toEqual({
      total: 5,
      done: 2,
      notDone: [
        { code: 'I.2', task: 'Nhiệm vụ I.2', taskEn: null, lead: { name: 'Sở A/ Sở B', units: ['A', 'B'] } },
        { code: 'I.4', task: 'Nhiệm vụ I.4', taskEn: null, lead: { name: 'Sở Z', units: ['Z'] } },
        {
          code: 'I.5',
          task: 'Nhiệm vụ I.5',
          taskEn: null,
          lead: { name: 'Không rõ', units: [], unresolved: true },
        },
      ],
    });
    expect(evaluation.projects).toEqual({
      total: 4,
      completed: 1,
      notCompleted: [
        {
          code: 'P2',
          title: 'Dự án P2',
          titleEn: null,
          lead: expect.objectContaining({ name: 'Các sở' }),
          phase: 'stopped',
        },
        {
          code: 'P3',
          title: 'Dự án P3',
          titleEn: 'Project three',
          lead: expect.objectContaining({ name: 'Sở B' }),
          phase: 'not_reported',
        },
        {
          code: 'P4',
          title: 'Dự án P4',
          titleEn: null,
          lead: expect.objectContaining({ name: 'Sở B' }),
          phase: 'preparation',
        },
      ],
    });
    expect(evaluation.budget).toEqual({
      planned: { provincial: '115', other: '55', total: '170' },
      disbursed: { provincial: '91', other: '59', total: '150' },
    });
  });
});
