import { resolveAgency, type PlanRegisterUnit } from './plan-agencies';
import { defaultPlanRegister } from './plan-registry';
import { BUDGET_SOURCES, type PlanBudget, type PlanErratum, type PlanVersion } from './plan.types';

export interface PlanCounts {
  targets: number;
  tasks: number;
  documents: number;
  programmes: number;
  projects: number;
  /** Projects without a budget: fully business-funded. */
  businessFunded: number;
}

export interface PlanValidation {
  plan: string;
  counts: PlanCounts;
  /** Σ of the projects' budgets, per source and in total. */
  budget: PlanBudget;
  declaredBudget: PlanBudget;
  /** Every row's provincial + other equals its total, and every column adds up to the declared totals. */
  sumsHold: boolean;
  /** What does not hold or resolve; empty when the data is sound. */
  problems: string[];
  /** Agencies kept as named, outside the register. */
  outsideRegister: Array<{ at: string; name: string; as: string }>;
  errata: PlanErratum[];
}

export function planCounts(plan: PlanVersion): PlanCounts {
  return {
    targets: plan.targets.length,
    tasks: plan.tasks.length,
    documents: plan.tasks.filter((task) => task.group === 'documents').length,
    programmes: plan.tasks.filter((task) => task.group === 'programmes').length,
    projects: plan.projects.length,
    businessFunded: plan.projects.filter((project) => project.budget === null).length,
  };
}

const INTEGER = /^(0|[1-9]\d*)$/;
const BUDGET_KEYS = ['provincial', 'other', 'total'] as const;

const isWholeDong = (budget: PlanBudget): boolean => BUDGET_KEYS.every((key) => INTEGER.test(budget[key]));

/** Σ of the projects' budgets (đồng, exact); rows without budget add nothing. */
export function planBudgetTotals(plan: PlanVersion): PlanBudget {
  const sum = { provincial: 0n, other: 0n, total: 0n };
  for (const project of plan.projects) {
    if (project.budget === null) continue;
    for (const key of [...BUDGET_SOURCES, 'total'] as const) sum[key] += BigInt(project.budget[key]);
  }
  return { provincial: String(sum.provincial), other: String(sum.other), total: String(sum.total) };
}

/**
 * Checks a plan's data: counts, unique codes, money written as whole đồng, each row's and each column's sums
 * against the appendix's totals, every lead resolving (to the register, or outside it as the plan says), and
 * Phụ lục 3's and Phụ lục 5's leads of a project meaning the same agencies.
 */
export function validatePlan(
  plan: PlanVersion,
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanValidation {
  const problems: string[] = [];
  const outsideRegister: PlanValidation['outsideRegister'] = [];
  const codes = new Set<string>();
  for (const [kind, list] of [
    ['target', plan.targets],
    ['task', plan.tasks],
    ['project', plan.projects],
  ] as const) {
    for (const item of list) {
      const key = `${kind}:${item.code}`;
      if (codes.has(key)) problems.push(`${kind} ${item.code}: duplicate code`);
      codes.add(key);
    }
  }
  let rowsHold = true;
  for (const project of plan.projects) {
    if (!plan.sections.some((section) => section.code === project.section)) {
      problems.push(`project ${project.code}: unknown section ${project.section}`);
    }
    if (!(project.years.from <= project.years.to)) problems.push(`project ${project.code}: years ${project.yearsText}`);
    if (project.budget !== null) {
      const { provincial, other, total } = project.budget;
      if (!isWholeDong(project.budget)) {
        problems.push(`project ${project.code}: budget is not whole đồng`);
        rowsHold = false;
      } else if (BigInt(provincial) + BigInt(other) !== BigInt(total)) {
        problems.push(`project ${project.code}: ${provincial} + ${other} ≠ ${total}`);
        rowsHold = false;
      }
    }
  }
  const leads: Array<{ at: string; name: string }> = [
    ...plan.targets.map((t) => ({ at: `target ${t.code}`, name: t.lead })),
    ...plan.tasks.map((t) => ({ at: `task ${t.code}`, name: t.lead })),
    ...plan.projects.map((p) => ({ at: `project ${p.code}`, name: p.lead })),
  ];
  for (const { at, name } of leads) {
    const agency = resolveAgency(plan, name, register);
    if (agency.unresolved === true) problems.push(`${at}: lead "${name}" is not in the register nor named by the plan`);
    if (agency.outside !== undefined) outsideRegister.push({ at, name, as: agency.outside });
  }
  for (const project of plan.projects) {
    const a3 = resolveAgency(plan, project.lead, register);
    const a5 = resolveAgency(plan, project.budgetLead, register);
    const same = [...a3.units].sort().join(',') === [...a5.units].sort().join(',') && a3.outside === a5.outside;
    if (!same) problems.push(`project ${project.code}: lead "${project.lead}" ≠ budget lead "${project.budgetLead}"`);
  }
  // Rows whose money is not whole đồng are named above; summing them would throw (BigInt('1.5')) instead.
  const budget = planBudgetTotals({
    ...plan,
    projects: plan.projects.filter((project) => project.budget === null || isWholeDong(project.budget)),
  });
  const columnsHold = BUDGET_KEYS.every((key) => budget[key] === String(BigInt(plan.declaredBudget[key])));
  if (!columnsHold) {
    problems.push(
      `budget sums ${budget.provincial} / ${budget.other} / ${budget.total} ≠ declared ` +
        `${plan.declaredBudget.provincial} / ${plan.declaredBudget.other} / ${plan.declaredBudget.total}`,
    );
  }
  return {
    plan: plan.id,
    counts: planCounts(plan),
    budget,
    declaredBudget: plan.declaredBudget,
    sumsHold: rowsHold && columnsHold,
    problems,
    outsideRegister,
    errata: plan.errata,
  };
}
