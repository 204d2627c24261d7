import { Rational } from '@dti/catalogue';
import { compareQuarters, formatQuarter, parseQuarter, quarterRange, type Quarter } from '../periods/quarter';
import { defaultPlanRegister, planItems, type PlanItemRef } from './catalogue/plan-registry';
import type { PlanRegisterUnit } from './catalogue/plan-agencies';
import {
  BUDGET_SOURCES,
  type BudgetSource,
  type Dong,
  type PlanItemKind,
  type PlanVersion,
} from './catalogue/plan.types';
import type { PlanReport } from './plan.decider';
import {
  PROJECT_PHASES,
  type ProjectPhase,
  type ProjectProgress,
  type TargetProgress,
  type TaskProgress,
} from './plan-progress';

/**
 * What leadership reads of a plan, folded from its approved reports (pure: the API folds the plan's streams
 * per request and calls these). Numbers stay exact: percentages as fractions in lowest terms beside a
 * 2-decimal number for display; money in whole đồng as text.
 */

/** Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt; or no approved value yet. */
export type TargetStatus = 'met' | 'on_track' | 'behind' | 'not_met' | 'no_data';
export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  met: 'Đạt',
  on_track: 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  not_met: 'Không đạt',
  no_data: 'Chưa có số liệu',
};

export interface ExactPercent {
  /** Rounded to 2 decimals, for display. */
  value: number;
  /** The exact percentage as a fraction in lowest terms ("161/2"). */
  exact: string;
}

const percentOf = (value: Rational): ExactPercent => ({ value: value.toNumber(2), exact: value.toString() });

export interface TargetView {
  code: string;
  content: string;
  /** English alongside (null where the plan has none). */
  contentEn: string | null;
  lead: PlanItemRef['lead'];
  targetPercent: ExactPercent;
  latest: { period: string; percent: ExactPercent; numerator: string; denominator: string; reportId: string } | null;
  series: Array<{ period: string; percent: ExactPercent }>;
  /** The linear trend of the series carried to the plan's last quarter. */
  projectedAtEnd: ExactPercent | null;
  status: TargetStatus;
  statusLabel: string;
}

export interface TaskView {
  code: string;
  task: string;
  taskEn: string | null;
  /** The seed's verbatim text where the scan lost letters (null: `task` is verbatim). */
  seedText: string | null;
  lead: PlanItemRef['lead'];
  type: string | null;
  latest: { period: string; reportId: string; progress: TaskProgress } | null;
  /** How many the plan asks for in all (a per-year quantity times the plan's years), when it names one. */
  required: number | null;
  done: boolean;
  overdue: boolean;
}

export interface ProjectView {
  code: string;
  section: string;
  title: string;
  titleEn: string | null;
  /** The seed's verbatim text where the scan lost letters (null: `title` is verbatim). */
  seedText: string | null;
  lead: PlanItemRef['lead'];
  years: { from: number; to: number };
  budget: { provincial: Dong; other: Dong; total: Dong } | null;
  businessFunded: boolean;
  latest: { period: string; reportId: string; progress: ProjectProgress } | null;
  phase: ProjectPhase | 'not_reported';
  completed: boolean;
  /** Not completed (nor stopped) after its last year. */
  overdue: boolean;
}

export interface BudgetLine {
  planned: Record<BudgetSource | 'total', Dong>;
  disbursed: Record<BudgetSource | 'total', Dong>;
}

export interface PlanProgressView {
  plan: string;
  asOf: string;
  targets: TargetView[];
  tasks: TaskView[];
  projects: ProjectView[];
  summary: {
    targets: Record<TargetStatus, number>;
    tasks: { total: number; done: number; overdue: number };
    tasksByLead: Array<{ lead: string; name: string; total: number; done: number; overdue: number }>;
    projectsByPhase: Record<ProjectPhase | 'not_reported', number>;
    budget: { province: BudgetLine; byLead: Array<{ lead: string; name: string } & BudgetLine> };
  };
}

function periodIndex(plan: PlanVersion, period: string): number {
  return quarterRange(parseQuarter(plan.firstPeriod), parseQuarter(period)).length - 1;
}

/** The latest approved report of each row up to `asOf`: the latest quarter, then the latest in that quarter. */
function latestApproved(reports: readonly PlanReport[], asOf: Quarter): Map<string, PlanReport> {
  const latest = new Map<string, PlanReport>();
  for (const report of reports) {
    if (report.status !== 'approved' || compareQuarters(parseQuarter(report.period), asOf) > 0) continue;
    const key = `${report.kind}:${report.code}`;
    const known = latest.get(key);
    if (known === undefined || isLater(report, known)) latest.set(key, report);
  }
  return latest;
}

function isLater(a: PlanReport, b: PlanReport): boolean {
  const byPeriod = compareQuarters(parseQuarter(a.period), parseQuarter(b.period));
  // Stryker disable next-line EqualityOperator: equivalent, byPeriod is not 0 here, so >= 0 and > 0 agree
  if (byPeriod !== 0) return byPeriod > 0;
  // Stryker disable next-line StringLiteral,EqualityOperator: equivalent, an approved report always has reviewedAt (evolvePlanQuarter sets it); a row's reports in a quarter are reviewed one after another, never at the same instant
  return (a.reviewedAt ?? '') > (b.reviewedAt ?? '');
}

/**
 * Least squares through the points (x: quarter index, y: percent), exact, evaluated at `atX`. One point alone
 * has no trend: the line then runs from 0 % at the plan's first quarter (where the plan starts) to it.
 */
export function linearProjection(points: ReadonlyArray<{ x: number; y: Rational }>, atX: number): Rational | null {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a lone point at x = 0 paired with (0, 0) has a zero denominator: null either way
  const used = points.length === 1 && points[0].x > 0 ? [{ x: 0, y: Rational.ZERO }, points[0]] : points;
  // Stryker disable next-line ConditionalExpression: equivalent, no point or one at x = 0 gives a zero denominator below: null either way
  if (used.length < 2) return null;
  const n = Rational.of(used.length);
  const sx = Rational.sum(used.map((p) => Rational.of(p.x)));
  const sy = Rational.sum(used.map((p) => p.y));
  const sxx = Rational.sum(used.map((p) => Rational.of(p.x * p.x)));
  const sxy = Rational.sum(used.map((p) => p.y.mul(Rational.of(p.x))));
  const denominator = n.mul(sxx).sub(sx.mul(sx));
  if (denominator.isZero()) return null;
  const slope = n.mul(sxy).sub(sx.mul(sy)).div(denominator);
  const intercept = sy.sub(slope.mul(sx)).div(n);
  return intercept.add(slope.mul(Rational.of(atX)));
}

function targetPercent(progress: TargetProgress): Rational {
  return Rational.parse(progress.numerator).div(Rational.parse(progress.denominator)).mul(Rational.of(100));
}

const sumDong = (values: Iterable<Dong>): Dong => {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return String(total);
};

export function planProgressView(
  plan: PlanVersion,
  reports: readonly PlanReport[],
  asOfInput?: string,
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanProgressView {
  const asOf = parseQuarter(asOfInput ?? plan.lastPeriod);
  const asOfText = formatQuarter(asOf);
  const ended = compareQuarters(asOf, parseQuarter(plan.lastPeriod)) >= 0;
  const latest = latestApproved(reports, asOf);
  const items = new Map(planItems(plan, register).map((item) => [`${item.kind}:${item.code}`, item]));
  const itemOf = (kind: PlanItemKind, code: string): PlanItemRef => items.get(`${kind}:${code}`) as PlanItemRef;
  const endIndex = periodIndex(plan, plan.lastPeriod);

  const targets = plan.targets.map((target): TargetView => {
    const byPeriod = new Map<string, PlanReport>();
    for (const report of reports) {
      if (report.kind !== 'target' || report.code !== target.code || report.status !== 'approved') continue;
      if (compareQuarters(parseQuarter(report.period), asOf) > 0) continue;
      const known = byPeriod.get(report.period);
      if (known === undefined || isLater(report, known)) byPeriod.set(report.period, report);
    }
    const series = [...byPeriod.values()]
      .sort((a, b) => compareQuarters(parseQuarter(a.period), parseQuarter(b.period)))
      .map((report) => ({ period: report.period, value: targetPercent(report.progress as TargetProgress), report }));
    const goal = Rational.parse(target.targetPercent);
    const last = series.at(-1);
    const projected = linearProjection(
      series.map((point) => ({ x: periodIndex(plan, point.period), y: point.value })),
      endIndex,
    );
    let status: TargetStatus;
    if (last === undefined) status = 'no_data';
    else if (last.value.gte(goal)) status = 'met';
    else if (ended) status = 'not_met';
    else status = projected !== null && projected.gte(goal) ? 'on_track' : 'behind';
    const progress = last?.report.progress as TargetProgress | undefined;
    return {
      code: target.code,
      content: target.content,
      contentEn: target.contentEn ?? null,
      lead: itemOf('target', target.code).lead,
      targetPercent: percentOf(goal),
      latest:
        // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, progress is read from that report: undefined exactly when it is
        last === undefined || progress === undefined
          ? null
          : {
              period: last.period,
              percent: percentOf(last.value),
              numerator: progress.numerator,
              denominator: progress.denominator,
              reportId: last.report.reportId,
            },
      series: series.map((point) => ({ period: point.period, percent: percentOf(point.value) })),
      projectedAtEnd: projected === null ? null : percentOf(projected),
      status,
      statusLabel: TARGET_STATUS_LABELS[status],
    };
  });

  const planYears = plan.targetYear - Number(plan.firstPeriod.slice(0, 4));
  const tasks = plan.tasks.map((task): TaskView => {
    const report = latest.get(`task:${task.code}`);
    const progress = report?.progress as TaskProgress | undefined;
    const required =
      task.quantity === null
        ? null
        : task.quantity.per === 'year'
          ? task.quantity.count * planYears
          : task.quantity.count;
    const done =
      progress !== undefined &&
      progress.status === 'issued' &&
      // Stryker disable next-line ConditionalExpression: equivalent, `n >= null` holds for every count n ≥ 0 (null compares as 0)
      (required === null || (progress.issuedCount ?? 0) >= required);
    return {
      code: task.code,
      task: task.task,
      taskEn: task.taskEn ?? null,
      seedText: task.seedText ?? null,
      lead: itemOf('task', task.code).lead,
      type: task.type,
      latest:
        // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, progress is read from that report: undefined exactly when it is
        report === undefined || progress === undefined
          ? null
          : { period: report.period, reportId: report.reportId, progress },
      required,
      done,
      overdue: !done && ended,
    };
  });

  const projects = plan.projects.map((project): ProjectView => {
    const report = latest.get(`project:${project.code}`);
    const progress = report?.progress as ProjectProgress | undefined;
    const phase = progress?.phase ?? 'not_reported';
    const completed = phase === 'completed';
    return {
      code: project.code,
      section: project.section,
      title: project.title,
      titleEn: project.titleEn ?? null,
      seedText: project.seedText ?? null,
      lead: itemOf('project', project.code).lead,
      years: project.years,
      budget: project.budget,
      businessFunded: project.budget === null,
      latest:
        // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, progress is read from that report: undefined exactly when it is
        report === undefined || progress === undefined
          ? null
          : { period: report.period, reportId: report.reportId, progress },
      phase,
      completed,
      overdue: !completed && phase !== 'stopped' && asOf.year > project.years.to,
    };
  });

  const summaryTargets = Object.fromEntries(
    (Object.keys(TARGET_STATUS_LABELS) as TargetStatus[]).map((s) => [s, targets.filter((t) => t.status === s).length]),
  ) as Record<TargetStatus, number>;
  const leadKeys = (lead: PlanItemRef['lead']): Array<{ lead: string; name: string }> =>
    lead.units.length > 0
      ? lead.units.map((unit) => ({ lead: unit, name: register.find((u) => u.code === unit)?.name ?? unit }))
      : [{ lead: lead.outside ?? lead.name, name: lead.outside ?? lead.name }];

  const tasksByLead = new Map<string, { lead: string; name: string; total: number; done: number; overdue: number }>();
  for (const task of tasks) {
    for (const key of leadKeys(task.lead)) {
      const row = tasksByLead.get(key.lead) ?? { ...key, total: 0, done: 0, overdue: 0 };
      row.total += 1;
      if (task.done) row.done += 1;
      if (task.overdue) row.overdue += 1;
      tasksByLead.set(key.lead, row);
    }
  }
  const projectsByPhase = Object.fromEntries(
    [...PROJECT_PHASES, 'not_reported' as const].map((phase) => [
      phase,
      projects.filter((p) => p.phase === phase).length,
    ]),
  ) as Record<ProjectPhase | 'not_reported', number>;

  const line = (list: readonly ProjectView[]): BudgetLine => {
    const planned = Object.fromEntries(
      BUDGET_SOURCES.map((source) => [source, sumDong(list.map((p) => p.budget?.[source] ?? '0'))]),
    ) as Record<BudgetSource, Dong>;
    const disbursed = Object.fromEntries(
      BUDGET_SOURCES.map((source) => [source, sumDong(list.map((p) => p.latest?.progress.disbursed[source] ?? '0'))]),
    ) as Record<BudgetSource, Dong>;
    return {
      planned: { ...planned, total: sumDong(Object.values(planned)) },
      disbursed: { ...disbursed, total: sumDong(Object.values(disbursed)) },
    };
  };
  const byLeadProjects = new Map<string, { key: { lead: string; name: string }; projects: ProjectView[] }>();
  for (const project of projects) {
    // A jointly led project counts for each lead here; the province's line counts it once.
    for (const key of leadKeys(project.lead)) {
      // Stryker disable next-line ArrayDeclaration: equivalent, a stray non-project entry adds '0' to every sum (it has no budget nor report)
      const entry = byLeadProjects.get(key.lead) ?? { key, projects: [] };
      entry.projects.push(project);
      byLeadProjects.set(key.lead, entry);
    }
  }

  return {
    plan: plan.id,
    asOf: asOfText,
    targets,
    tasks,
    projects,
    summary: {
      targets: summaryTargets,
      tasks: {
        total: tasks.length,
        done: tasks.filter((t) => t.done).length,
        overdue: tasks.filter((t) => t.overdue).length,
      },
      tasksByLead: [...tasksByLead.values()],
      projectsByPhase,
      budget: {
        province: line(projects),
        byLead: [...byLeadProjects.values()].map(({ key, projects: list }) => ({ ...key, ...line(list) })),
      },
    },
  };
}

export interface PlanEvaluation {
  plan: string;
  /** The plan's last quarter: the evaluation (báo cáo tổng kết) reads what was approved by then. */
  asOf: string;
  targets: {
    met: number;
    notMet: number;
    noData: number;
    list: Array<
      Pick<TargetView, 'code' | 'content' | 'contentEn' | 'status' | 'statusLabel' | 'latest' | 'targetPercent'>
    >;
  };
  tasks: { total: number; done: number; notDone: Array<Pick<TaskView, 'code' | 'task' | 'taskEn' | 'lead'>> };
  projects: {
    total: number;
    completed: number;
    notCompleted: Array<Pick<ProjectView, 'code' | 'title' | 'titleEn' | 'lead' | 'phase'>>;
  };
  budget: BudgetLine;
}

/** The final evaluation: which targets were met, which tasks and projects were completed, money disbursed. */
export function planEvaluation(
  plan: PlanVersion,
  reports: readonly PlanReport[],
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanEvaluation {
  const view = planProgressView(plan, reports, plan.lastPeriod, register);
  return {
    plan: plan.id,
    asOf: view.asOf,
    targets: {
      met: view.summary.targets.met,
      notMet: view.summary.targets.not_met,
      noData: view.summary.targets.no_data,
      list: view.targets.map(({ code, content, contentEn, status, statusLabel, latest, targetPercent: goal }) => ({
        code,
        content,
        contentEn,
        status,
        statusLabel,
        latest,
        targetPercent: goal,
      })),
    },
    tasks: {
      total: view.tasks.length,
      done: view.summary.tasks.done,
      notDone: view.tasks.filter((t) => !t.done).map(({ code, task, taskEn, lead }) => ({ code, task, taskEn, lead })),
    },
    projects: {
      total: view.projects.length,
      completed: view.projects.filter((p) => p.completed).length,
      notCompleted: view.projects
        .filter((p) => !p.completed)
        .map(({ code, title, titleEn, lead, phase }) => ({ code, title, titleEn, lead, phase })),
    },
    budget: view.summary.budget.province,
  };
}
