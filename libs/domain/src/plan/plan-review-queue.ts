import { Rational } from '@dti/catalogue';
import { compareQuarters, parseQuarter } from '../periods/quarter';
import { defaultPlanRegister, planItems, type PlanItemRef } from './catalogue/plan-registry';
import type { PlanRegisterUnit } from './catalogue/plan-agencies';
import type { PlanBudget, PlanItemKind, PlanVersion } from './catalogue/plan.types';
import type { PlanReport } from './plan.decider';
import type { ExactPercent } from './plan-overview';
import type { TargetProgress } from './plan-progress';

/**
 * The plan reports awaiting review, as the reviewers' queue shows them beside the criteria submissions: each with
 * what it reports against (the target's 2025 value, the task's required count, the project's planned budget), the
 * row's official (latest approved) progress, and what was refused before for the same row and quarter. Pure: the
 * API reads the plan's reports from the read model and calls this.
 */
export interface PlanQueueItem {
  report: PlanReport;
  kind: PlanItemKind;
  code: string;
  title: string;
  titleEn: string | null;
  lead: PlanItemRef['lead'];
  /** Target: the value reported, as a percentage. */
  percent: ExactPercent | null;
  /** Target: its value for the plan's end. */
  targetPercent: ExactPercent | null;
  /** Task: its document type, and how many the plan asks for in all (recurring tasks). */
  taskType: string | null;
  required: number | null;
  /** Project: its planned budget (null: fully business-funded, or not a project). */
  budget: PlanBudget | null;
  /** The row's latest approved report up to this one's quarter. */
  official: Pick<PlanReport, 'period' | 'reportId' | 'progress'> | null;
  /** The reviewed reports of the same row and quarter, oldest first (a rejection's reason among them). */
  earlier: PlanReport[];
  /** False for the reader's own report (separation of duties). */
  reviewable: boolean;
}

export interface PlanQueueFilter {
  /** Only reports sent by these units. */
  units?: ReadonlySet<string>;
  period?: string;
  kind?: PlanItemKind;
}

const exact = (value: Rational): ExactPercent => ({ value: value.toNumber(2), exact: value.toString() });

function targetValue(progress: TargetProgress): Rational {
  return Rational.parse(progress.numerator).div(Rational.parse(progress.denominator)).mul(Rational.of(100));
}

/** Oldest first; reports sent at the same instant keep their order (the sort is stable). */
function bySubmittedAt(a: PlanReport, b: PlanReport): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equal instants are tested first (so < and <= agree), and the sort reads only whether the result is below 0 (0 and 1 sort alike)
  return a.submittedAt === b.submittedAt ? 0 : a.submittedAt < b.submittedAt ? -1 : 1;
}

export function planReviewQueue(
  plan: PlanVersion,
  reports: readonly PlanReport[],
  reader: { username: string },
  filter: PlanQueueFilter = {},
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanQueueItem[] {
  const items = new Map(planItems(plan, register).map((item) => [`${item.kind}:${item.code}`, item]));
  const years = plan.targetYear - Number(plan.firstPeriod.slice(0, 4));
  const pending = reports
    .filter(
      (report) =>
        report.status === 'pending' &&
        (filter.units === undefined || filter.units.has(report.unit)) &&
        (filter.period === undefined || report.period === filter.period) &&
        (filter.kind === undefined || report.kind === filter.kind),
    )
    .sort(bySubmittedAt);

  return pending.map((report): PlanQueueItem => {
    const item = items.get(`${report.kind}:${report.code}`);
    const sameRow = reports.filter((other) => other.kind === report.kind && other.code === report.code);
    const official = sameRow
      .filter(
        (other) =>
          other.status === 'approved' && compareQuarters(parseQuarter(other.period), parseQuarter(report.period)) <= 0,
      )
      .reduce<PlanReport | null>((best, other) => {
        if (best === null) return other;
        const byPeriod = compareQuarters(parseQuarter(other.period), parseQuarter(best.period));
        // Stryker disable next-line StringLiteral,EqualityOperator: equivalent, an approved report always has reviewedAt (evolvePlanQuarter sets it), and two reviews of one row in one quarter never share an instant
        return byPeriod > 0 || (byPeriod === 0 && (other.reviewedAt ?? '') > (best.reviewedAt ?? '')) ? other : best;
      }, null);
    const target = report.kind === 'target' ? plan.targets.find((t) => t.code === report.code) : undefined;
    const task = report.kind === 'task' ? plan.tasks.find((t) => t.code === report.code) : undefined;
    const project = report.kind === 'project' ? plan.projects.find((p) => p.code === report.code) : undefined;
    const quantity = task?.quantity ?? null;
    return {
      report,
      kind: report.kind,
      code: report.code,
      // Stryker disable next-line LogicalOperator: planItems' title is the row's own content, task or title, so each fallback gives the same text
      title: target?.content ?? task?.task ?? project?.title ?? item?.title ?? report.code,
      titleEn: target?.contentEn ?? task?.taskEn ?? project?.titleEn ?? null,
      lead: item?.lead ?? { name: report.unit, units: [report.unit] },
      percent: report.progress.kind === 'target' ? exact(targetValue(report.progress)) : null,
      targetPercent: target === undefined ? null : exact(Rational.parse(target.targetPercent)),
      taskType: task?.type ?? null,
      required: quantity === null ? null : quantity.per === 'year' ? quantity.count * years : quantity.count,
      budget: project?.budget ?? null,
      official:
        official === null
          ? null
          : { period: official.period, reportId: official.reportId, progress: official.progress },
      earlier: sameRow.filter((other) => other.period === report.period && other.status !== 'pending'),
      reviewable: report.submittedBy !== reader.username,
    };
  });
}
