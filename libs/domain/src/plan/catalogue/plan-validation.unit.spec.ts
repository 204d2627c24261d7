import type { PlanRegisterUnit } from './plan-agencies';
import type { PlanProject, PlanTarget, PlanTask, PlanVersion } from './plan.types';
import { planBudgetTotals, planCounts, validatePlan } from './plan-validation';

const register: PlanRegisterUnit[] = [
  { code: 'A', block: 'department', name: 'Sở A', seedSpellings: ['So A'] },
  { code: 'B', block: 'department', name: 'Sở B', seedSpellings: [] },
];

const target = (code: string, lead = 'Sở A'): PlanTarget => ({
  code,
  number: 1,
  content: `Chỉ tiêu ${code}`,
  targetPercent: '50',
  measure: '%',
  lead,
  coordinating: [],
});
const task = (code: string, group: PlanTask['group'], lead = 'Sở A'): PlanTask => ({
  code,
  group,
  number: 1,
  task: `Nhiệm vụ ${code}`,
  lead,
  coordinating: '',
  type: null,
  quantity: null,
});
const project = (code: string, budget: PlanProject['budget'], extra: Partial<PlanProject> = {}): PlanProject => ({
  code,
  section: 'S1',
  number: 1,
  title: `Dự án ${code}`,
  lead: 'Sở A',
  yearsText: '2021-2022',
  years: { from: 2021, to: 2022 },
  budgetLead: 'So A',
  budget,
  ...extra,
});

const sound: PlanVersion = {
  id: 'mini',
  title: 'Kế hoạch',
  source: 'spec',
  firstPeriod: '2021-Q1',
  lastPeriod: '2022-Q4',
  targetYear: 2022,
  agencies: { 'Ngân hàng': { outside: 'NHNN' } },
  targets: [target('1'), target('2', 'Ngân hàng')],
  tasks: [task('I.1', 'documents'), task('I.2', 'documents', 'Sở B'), task('II.1', 'programmes')],
  sections: [{ code: 'S1', title: 'Một' }],
  projects: [
    project('P1', { provincial: '100', other: '20', total: '120' }),
    project('P2', null, { years: { from: 2022, to: 2022 }, yearsText: '2022' }),
    project('P3', { provincial: '0', other: '5', total: '5' }),
  ],
  declaredBudget: { provincial: '100', other: '25', total: '125' },
  budgetNotes: [],
  errata: [{ at: 'target 1', kind: 'scan-loss', seedSays: 'x', interpretation: 'y' }],
};

describe('plan validation on a hand-built plan', () => {
  it('counts rows by kind and group, and the business-funded projects', () => {
    expect(planCounts(sound)).toEqual({
      targets: 2,
      tasks: 3,
      documents: 2,
      programmes: 1,
      projects: 3,
      businessFunded: 1,
    });
  });

  it('adds the budgets exactly, rows without budget adding nothing', () => {
    expect(planBudgetTotals(sound)).toEqual({ provincial: '100', other: '25', total: '125' });
    expect(planBudgetTotals({ ...sound, projects: [] })).toEqual({ provincial: '0', other: '0', total: '0' });
  });

  it('finds nothing wrong with sound data; keeps outside agencies and errata', () => {
    expect(validatePlan(sound, register)).toEqual({
      plan: 'mini',
      counts: planCounts(sound),
      budget: { provincial: '100', other: '25', total: '125' },
      declaredBudget: sound.declaredBudget,
      sumsHold: true,
      problems: [],
      outsideRegister: [{ at: 'target 2', name: 'Ngân hàng', as: 'NHNN' }],
      errata: sound.errata,
    });
  });

  it('names duplicate codes within a kind (the same code in two kinds is fine)', () => {
    const plan: PlanVersion = {
      ...sound,
      targets: [...sound.targets, target('1')],
      tasks: [...sound.tasks, task('1', 'documents')],
    };
    expect(validatePlan(plan, register).problems).toEqual(['target 1: duplicate code']);
  });

  it('names an unknown section and years that run backwards (one year is fine)', () => {
    const plan: PlanVersion = {
      ...sound,
      projects: [
        project('P1', null, { section: 'S9' }),
        project('P2', null, { years: { from: 2023, to: 2022 }, yearsText: '2023-2022' }),
      ],
      declaredBudget: { provincial: '0', other: '0', total: '0' },
    };
    expect(validatePlan(plan, register).problems).toEqual([
      'project P1: unknown section S9',
      'project P2: years 2023-2022',
    ]);
    expect(validatePlan(plan, register).sumsHold).toBe(true);
  });

  it('money must be whole đồng, and each row must add up', () => {
    for (const budget of [
      { provincial: '1.5', other: '0', total: '1.5' },
      { provincial: '1', other: '01', total: '2' },
      { provincial: '1', other: '1', total: '-2' },
    ]) {
      const plan: PlanVersion = { ...sound, projects: [...sound.projects, project('P9', budget)] };
      const report = validatePlan(plan, register);
      // Named, and left out of the sums (the columns still hold here) rather than thrown on.
      expect(report.problems).toEqual(['project P9: budget is not whole đồng']);
      expect(report.budget).toEqual({ provincial: '100', other: '25', total: '125' });
      expect(report.sumsHold).toBe(false);
    }
    const plan: PlanVersion = {
      ...sound,
      projects: [project('P1', { provincial: '60', other: '40', total: '101' })],
      declaredBudget: { provincial: '60', other: '40', total: '101' },
    };
    const report = validatePlan(plan, register);
    // The columns hold (they are the declared ones); the row does not.
    expect(report.problems).toEqual(['project P1: 60 + 40 ≠ 101']);
    expect(report.sumsHold).toBe(false);
  });

  it('columns must add up to the declared totals, each of them', () => {
    for (const declaredBudget of [
      { provincial: '101', other: '25', total: '125' },
      { provincial: '100', other: '26', total: '125' },
      { provincial: '100', other: '25', total: '126' },
    ]) {
      const report = validatePlan({ ...sound, declaredBudget }, register);
      expect(report.sumsHold).toBe(false);
      expect(report.problems).toEqual([
        `budget sums 100 / 25 / 125 ≠ declared ${declaredBudget.provincial} / ${declaredBudget.other} / ${declaredBudget.total}`,
      ]);
    }
    // Declared totals are compared as numbers: a leading zero is the same amount.
    expect(
      validatePlan({ ...sound, declaredBudget: { provincial: '0100', other: '25', total: '125' } }, register),
    ).toMatchObject({ sumsHold: true, problems: [] });
  });

  it('every lead resolves, and a project’s two leads mean the same agencies', () => {
    const plan: PlanVersion = {
      ...sound,
      targets: [target('1', 'Sở Lạ')],
      tasks: [task('I.1', 'documents', 'Không rõ')],
      projects: [
        project('P1', null, { lead: 'Sở A', budgetLead: 'Sở B' }),
        project('P2', null, { lead: 'Ngân hàng', budgetLead: 'Sở A' }),
        project('P3', null, { lead: 'Sở A/ Sở B', budgetLead: 'Sở B / So A' }),
        project('P4', null, { lead: 'Xa lạ', budgetLead: 'Sở A' }),
      ],
      declaredBudget: { provincial: '0', other: '0', total: '0' },
    };
    expect(validatePlan(plan, register).problems).toEqual([
      'target 1: lead "Sở Lạ" is not in the register nor named by the plan',
      'task I.1: lead "Không rõ" is not in the register nor named by the plan',
      'project P4: lead "Xa lạ" is not in the register nor named by the plan',
      'project P1: lead "Sở A" ≠ budget lead "Sở B"',
      'project P2: lead "Ngân hàng" ≠ budget lead "Sở A"',
      'project P4: lead "Xa lạ" ≠ budget lead "Sở A"',
    ]);
    expect(validatePlan(plan, register).outsideRegister).toEqual([{ at: 'project P2', name: 'Ngân hàng', as: 'NHNN' }]);
  });

  it('names a duplicate task or project by its kind', () => {
    const plan: PlanVersion = {
      ...sound,
      tasks: [...sound.tasks, task('I.2', 'programmes')],
      projects: [...sound.projects, project('P2', null)],
    };
    expect(validatePlan(plan, register).problems).toEqual(['task I.2: duplicate code', 'project P2: duplicate code']);
  });

  it('two leads outside the register are the same agency only when the plan names the same outside agency', () => {
    const plan: PlanVersion = {
      ...sound,
      agencies: { ...sound.agencies, 'Kho bạc': { outside: 'KBNN' }, NHNN: { outside: 'NHNN' } },
      targets: [],
      tasks: [],
      projects: [
        project('P1', null, { lead: 'Ngân hàng', budgetLead: 'Kho bạc' }),
        project('P2', null, { lead: 'Ngân hàng', budgetLead: 'NHNN' }),
      ],
      declaredBudget: { provincial: '0', other: '0', total: '0' },
    };
    expect(validatePlan(plan, register).problems).toEqual(['project P1: lead "Ngân hàng" ≠ budget lead "Kho bạc"']);
  });

  it('compares a project’s two leads unit by unit (A and B are not AB)', () => {
    const withAB: PlanRegisterUnit[] = [
      ...register,
      { code: 'AB', block: 'department', name: 'Sở AB', seedSpellings: [] },
    ];
    const plan: PlanVersion = {
      ...sound,
      targets: [],
      tasks: [],
      projects: [project('P1', null, { lead: 'Sở A/ Sở B', budgetLead: 'Sở AB' })],
      declaredBudget: { provincial: '0', other: '0', total: '0' },
    };
    expect(validatePlan(plan, withAB).problems).toEqual(['project P1: lead "Sở A/ Sở B" ≠ budget lead "Sở AB"']);
  });
});
