import { loadTthUnitSeed } from '../../units/seed/unit-seed';
import { PlanItemNotFoundError, PlanNotFoundError } from '../../domain-errors';
import { resolveAgency, type PlanRegisterUnit, type ResolvedAgency } from './plan-agencies';
import type { PlanItemKind, PlanVersion } from './plan.types';
import { tth222 } from './tth-222';

/**
 * The plans the system tracks. A later plan (say the province's 2026–2030 programme) is one more data file
 * listed here; the workflow, the API and the projections read whatever is listed.
 */
export const PLAN_VERSIONS: readonly PlanVersion[] = Object.freeze([tth222]);

export function listPlans(): readonly PlanVersion[] {
  return PLAN_VERSIONS;
}

/** A plan by its id, case-insensitive; PlanNotFoundError (404) otherwise. */
export function getPlan(id: string): PlanVersion {
  const wanted = String(id).toLowerCase();
  const plan = PLAN_VERSIONS.find((candidate) => candidate.id.toLowerCase() === wanted);
  if (plan === undefined)
    throw PlanNotFoundError.because(
      String(id).slice(0, 64),
      PLAN_VERSIONS.map((p) => p.id),
    );
  return plan;
}

let seedRegister: readonly PlanRegisterUnit[] | undefined;

/**
 * The register of units plan leads resolve against: the province's seed register (2021). Validated once and
 * frozen: every plan command and view resolved its rows against it, and validating the seed again each time
 * cost a plan command ~30 ms (the demo's 1,000 commands took 30 s).
 */
export function defaultPlanRegister(): readonly PlanRegisterUnit[] {
  seedRegister ??= Object.freeze(loadTthUnitSeed().units.map((unit) => Object.freeze({ ...unit })));
  return seedRegister;
}

/** One reportable row of a plan, whichever appendix it comes from. */
export interface PlanItemRef {
  kind: PlanItemKind;
  code: string;
  title: string;
  lead: ResolvedAgency;
  /**
   * Who reports its progress: the lead's units, or, for a lead outside the register, the units named by
   * the plan's `reportedBy` fallback (Sở TT&TT, the standing agency of the plan).
   */
  reporters: string[];
}

/** For a row led by an agency outside the register (the State Bank branch): the plan's standing agency. */
export const STANDING_AGENCY = 'STTTT';

function ref(kind: PlanItemKind, code: string, title: string, lead: ResolvedAgency): PlanItemRef {
  return { kind, code, title, lead, reporters: lead.units.length > 0 ? lead.units : [STANDING_AGENCY] };
}

export function planItems(
  plan: PlanVersion,
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanItemRef[] {
  return [
    ...plan.targets.map((t) => ref('target', t.code, t.content, resolveAgency(plan, t.lead, register))),
    ...plan.tasks.map((t) => ref('task', t.code, t.task, resolveAgency(plan, t.lead, register))),
    ...plan.projects.map((p) => ref('project', p.code, p.title, resolveAgency(plan, p.lead, register))),
  ];
}

/**
 * One row by kind and code, its lead alone resolved (a command names one row); PlanItemNotFoundError (404) for
 * a code the plan does not have.
 */
export function planItem(
  plan: PlanVersion,
  kind: PlanItemKind,
  code: string,
  register: readonly PlanRegisterUnit[] = defaultPlanRegister(),
): PlanItemRef {
  const row = rowOf(plan, kind, code);
  if (row === undefined) throw PlanItemNotFoundError.because(plan.id, kind, String(code).slice(0, 64));
  return ref(kind, row.code, row.title, resolveAgency(plan, row.lead, register));
}

function rowOf(
  plan: PlanVersion,
  kind: PlanItemKind,
  code: string,
): { code: string; title: string; lead: string } | undefined {
  if (kind === 'target') {
    const target = plan.targets.find((t) => t.code === code);
    return target && { code: target.code, title: target.content, lead: target.lead };
  }
  if (kind === 'task') {
    const task = plan.tasks.find((t) => t.code === code);
    return task && { code: task.code, title: task.task, lead: task.lead };
  }
  if (kind === 'project') {
    const project = plan.projects.find((p) => p.code === code);
    return project && { code: project.code, title: project.title, lead: project.lead };
  }
  return undefined;
}
