import { toNewEvents, type NewEventShape } from '../events/new-events';
import { formatQuarter, parseQuarter, quarterEnd, quarterRange } from '../periods/quarter';
import type { CommandEnvelope } from '../shared/command-envelope';
import { commandIdFor } from '../shared/deterministic-id';
import { getPlan, planItems } from './catalogue/plan-registry';
import { decidePlanQuarter, evolvePlanQuarter, initialPlanQuarterState, type PlanCommand } from './plan.decider';
import type { PlanEvent } from './plan.events';
import { planStreamId } from './plan-streams';

export interface PlanDemoAppend {
  streamId: string;
  expectedRevision: 'no_stream';
  events: NewEventShape[];
}

export interface PlanDemoOptions {
  plan?: string;
  /** Last quarter to report (default: the plan's last). */
  until?: string;
  /** Username of a lead unit's submitter (default: the demo accounts' "sub-<unit code in lower case>"). */
  submitterOf?: (unit: string) => string;
  /** Username of the reviewer who approves (default "reviewer"). */
  reviewer?: string;
}

/** A small deterministic number in [0, 1) from a text, so the demo is the same on every run. */
function spread(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

/** A counted task's count: 70 % of its path for an unlucky row (luck ≥ 0.85). */
function countOf(expected: number, lucky: boolean): number {
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: no counted task of tth-222 is unlucky, so the factor is always 1
  return Math.floor(expected * (lucky ? 1 : 0.7));
}

/**
 * Demo progress of a plan: every row reported once a year (Q4) by a submitter of its lead agency and approved
 * by a reviewer — targets climbing towards their values (some fall short), documents issued over the years,
 * projects moving through their phases with money disbursed in proportion. Decided through the plan decider,
 * so the demo obeys the rules; ids derive from stable names, so a rerun appends nothing new (each stream
 * is appended with 'no_stream'). Command times are the end of each quarter.
 */
export function planDemoAppends(options: PlanDemoOptions = {}): PlanDemoAppend[] {
  const plan = getPlan(options.plan ?? 'tth-222');
  const submitterOf = options.submitterOf ?? ((unit: string) => `sub-${unit.toLowerCase()}`);
  const reviewer = options.reviewer ?? 'reviewer';
  const quarters = quarterRange(parseQuarter(plan.firstPeriod), parseQuarter(options.until ?? plan.lastPeriod)).filter(
    (q) => q.quarter === 4 && q.year > parseQuarter(plan.firstPeriod).year,
  );
  const items = planItems(plan);
  const appends: PlanDemoAppend[] = [];
  quarters.forEach((quarter, yearIndex) => {
    const period = formatQuarter(quarter);
    const streamId = planStreamId(plan.id, period);
    const at = new Date(quarterEnd(quarter).getTime() - 86_400_000).toISOString();
    const share = (yearIndex + 1) / (plan.targetYear - parseQuarter(plan.firstPeriod).year);
    let state = initialPlanQuarterState;
    const events: NewEventShape[] = [];
    const run = (command: PlanCommand): PlanEvent[] => {
      const decided = decidePlanQuarter(command, state);
      for (const event of decided) state = evolvePlanQuarter(state, event);
      events.push(...toNewEvents(streamId, decided, command.metadata));
      return decided;
    };
    const envelope = (
      name: string,
      actor: string,
      role: CommandEnvelope['role'],
      unit: string | null,
    ): CommandEnvelope => ({
      commandId: commandIdFor(`demo:${plan.id}:${period}:${name}`),
      correlationId: commandIdFor(`demo:${plan.id}`),
      actor,
      role,
      actorUnit: unit,
      occurredAt: at,
    });
    for (const item of items) {
      const unit = item.reporters[0];
      const luck = spread(`${item.kind}:${item.code}`);
      let progress: unknown;
      if (item.kind === 'target') {
        // Stryker disable next-line StringLiteral,LogicalOperator,OptionalChaining: every target row comes from plan.targets, whose targetPercent is required, so the '100' fallback is never read
        const goal = Number(plan.targets.find((t) => t.code === item.code)?.targetPercent ?? '100');
        // Most targets track their path; every third lags at 70 % of it; target 2 runs ahead and is met early.
        const number = Number(item.code);
        const pace = number % 3 === 0 ? 0.7 : number === 2 ? 1.7 : 1;
        progress = { numerator: Math.min(1000, Math.round(goal * 10 * share * pace)), denominator: 1000 };
      } else if (item.kind === 'task') {
        const task = plan.tasks.find((t) => t.code === item.code);
        const due = 1 + Math.floor(luck * 5);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: no task row of tth-222 has luck ≥ 0.85 (none exactly 0.85)
        const lucky = luck < 0.85;
        const issued = yearIndex + 1 >= due && lucky;
        const required =
          // Stryker disable next-line OptionalChaining: every task row comes from plan.tasks, so the task is always found
          task?.quantity == null ? null : task.quantity.per === 'year' ? task.quantity.count * 5 : task.quantity.count;
        progress =
          required !== null
            ? {
                status: yearIndex === 0 ? 'drafting' : 'issued',
                issuedCount: countOf(required * share, lucky),
              }
            : issued
              ? {
                  status: 'issued',
                  documentNumber: `${10 + Math.floor(luck * 90)}/QĐ-UBND`,
                  issuedOn: `${quarter.year}-11-15`,
                }
              : { status: yearIndex === 0 ? 'not_started' : 'drafting' };
      } else {
        const project = plan.projects.find((p) => p.code === item.code);
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the project is always found, and no project of the register starts after the demo's first year (2021), so nothing is skipped; the guard is for a later plan
        if (project === undefined || quarter.year < project.years.from) continue;
        const span = project.years.to - project.years.from + 1;
        // Stryker disable next-line EqualityOperator: luck is never exactly 0.8
        const done = Math.min(1, (quarter.year - project.years.from + 1) / span) * (luck < 0.8 ? 1 : 0.75);
        const phase = done >= 1 ? 'completed' : done < 0.25 ? 'preparation' : 'in_progress';
        const part = (value: string | undefined) =>
          // Stryker disable next-line StringLiteral: BigInt('') is 0n as well
          ((BigInt(value ?? '0') * BigInt(Math.round(done * 1000))) / 1000n).toString();
        progress = {
          phase,
          physicalPercent: Math.round(done * 100),
          disbursed: { provincial: part(project.budget?.provincial), other: part(project.budget?.other) },
        };
      }
      const [reported] = run({
        type: 'ReportPlanProgress',
        metadata: envelope(`report:${item.kind}:${item.code}`, submitterOf(unit), 'submitter', unit),
        data: { plan: plan.id, period, kind: item.kind, code: item.code, progress, evidence: [] },
      });
      run({
        type: 'ReviewPlanReport',
        metadata: envelope(`approve:${item.kind}:${item.code}`, reviewer, 'reviewer', null),
        data: { plan: plan.id, reportId: (reported.data as { reportId: string }).reportId, decision: 'approve' },
      });
    }
    appends.push({ streamId, expectedRevision: 'no_stream', events });
  });
  return appends;
}
