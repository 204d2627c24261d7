import { tth2020Targets } from '@dti/catalogue';
import { getPlan, listPlans, planItem, planItems } from './plan-registry';
import { resolveAgency } from './plan-agencies';
import { planBudgetTotals, validatePlan } from './plan-validation';
import type { PlanVersion } from './plan.types';
import { tth222 } from './tth-222';
import { defaultPlanRegister } from './plan-registry';

describe('plan tth-222 as data (Phụ lục 1, 2, 3, 5)', () => {
  const register = defaultPlanRegister();

  it('has 14 targets, 28 tasks (22 documents, 6 programmes) and 56 projects in sections A.I…E', () => {
    const report = validatePlan(tth222);
    expect(report.counts).toEqual({
      targets: 14,
      tasks: 28,
      documents: 22,
      programmes: 6,
      projects: 56,
      businessFunded: 6,
    });
    const perSection = Object.fromEntries(
      tth222.sections.map((s) => [s.code, tth222.projects.filter((p) => p.section === s.code).length]),
    );
    expect(perSection).toEqual({
      A: 0,
      'A.I': 7,
      'A.II': 7,
      'A.III': 5,
      'A.IV': 4,
      'A.V': 4,
      'A.VI': 3,
      B: 7,
      C: 4,
      D: 4,
      E: 11,
    });
    expect(tth222.targets.map((t) => t.content)).toEqual(tth2020Targets.map((t) => t.content));
  });

  it('adds the budgets up exactly to the appendix totals (đồng)', () => {
    expect(planBudgetTotals(tth222)).toEqual({
      provincial: '554500000000',
      other: '2177500000000',
      total: '2732000000000',
    });
    const report = validatePlan(tth222);
    expect(report.problems).toEqual([]);
    expect(report.sumsHold).toBe(true);
  });

  it('marks the "-" rows business-funded (no budget) and keeps zero columns as zero', () => {
    const funded = tth222.projects.filter((p) => p.budget === null).map((p) => p.code);
    expect(funded).toEqual(['A.II.5', 'A.II.7', 'C.3', 'C.4', 'D.1', 'E.11']);
    expect(tth222.projects.find((p) => p.code === 'A.II.6')?.budget).toEqual({
      provincial: '0',
      other: '450000000000',
      total: '450000000000',
    });
  });

  it('resolves leads to the register: groups to every department, two leads to both, the State Bank kept as named', () => {
    expect(resolveAgency(tth222, 'Sở Thông tin và Truyền thông', register).units).toEqual(['STTTT']);
    expect(resolveAgency(tth222, 'STT&TT', register).units).toEqual(['STTTT']);
    const all = resolveAgency(tth222, 'Các sở, ban, ngành', register).units;
    expect(all).toContain('SNV');
    expect(all).not.toContain('HUE');
    expect(resolveAgency(tth222, 'Sở Công Thương/ Sở Tài nguyên và Môi trường', register).units).toEqual([
      'SCT',
      'STNMT',
    ]);
    const bank = resolveAgency(tth222, 'Chi nhánh NHNN chi nhánh Thừa Thiên Huế', register);
    expect(bank.units).toEqual([]);
    expect(bank.outside).toMatch(/Ngân hàng Nhà nước/);
    expect(planItem(tth222, 'project', 'C.4').reporters).toEqual(['STTTT']);
    expect(validatePlan(tth222).outsideRegister.map((o) => o.at)).toEqual(['project C.4']);
  });

  it('records the appendices’ errors as errata (scan losses, duplicated words, the wrong sector)', () => {
    expect(tth222.errata.find((e) => e.at === 'PL5 E.3')?.kind).toBe('wrong-sector');
    expect(tth222.errata.some((e) => e.kind === 'duplicated-word')).toBe(true);
    expect(tth222.projects.find((p) => p.code === 'E.3')?.budgetTitle).toMatch(/Y tế thông tin/);
    expect(tth222.tasks.find((t) => t.code === 'I.6')?.quantity).toEqual({
      count: 3,
      atLeast: true,
      per: 'year',
      what: 'văn bản chỉ đạo',
    });
  });

  it('gives every row its English alongside the Vietnamese, and keeps the seed’s text where the scan lost letters', () => {
    expect(tth222.targets.filter((t) => !t.contentEn)).toEqual([]);
    expect(tth222.tasks.filter((t) => !t.taskEn).map((t) => t.code)).toEqual([]);
    expect(tth222.projects.filter((p) => !p.titleEn).map((p) => p.code)).toEqual([]);
    expect(tth222.sections.filter((s) => !s.titleEn).map((s) => s.code)).toEqual([]);
    expect(tth222.tasks.find((t) => t.code === 'I.3')).toMatchObject({
      task: 'Chương trình chuyển đổi số',
      seedText: 'Chương trình chuyển đổi s',
      taskEn: 'Digital-transformation programme',
    });
    expect(tth222.projects.find((p) => p.code === 'B.1')?.seedText).toMatch(/tích hp, chia shoàn thiện/);
    expect(tth222.sections.find((s) => s.code === 'A.IV')).toMatchObject({
      title: 'Xây dựng nền tảng số',
      seedText: 'Xây dựng nền tảng s',
    });
    // A repaired text is a scan-loss erratum of its row, and the repair only adds letters the scan lost.
    const rows = [
      ...tth222.tasks.map((t) => ({ at: `PL2 ${t.code}`, text: t.task, seedText: t.seedText })),
      ...tth222.projects.map((p) => ({ at: `PL3 ${p.code}`, text: p.title, seedText: p.seedText })),
      ...tth222.sections.map((s) => ({ at: `PL3 ${s.code}`, text: s.title, seedText: s.seedText })),
    ].filter((row) => row.seedText !== undefined);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(tth222.errata.find((e) => e.at === row.at)?.kind).toBe('scan-loss');
      expect(row.text.length).toBeGreaterThan((row.seedText as string).length);
    }
  });

  it('finds plans case-insensitively and refuses unknown plans and codes', () => {
    expect(getPlan('TTH-222')).toBe(tth222);
    expect(listPlans().map((p) => p.id)).toEqual(['tth-222']);
    expect(() => getPlan('tth-999')).toThrow(expect.objectContaining({ code: 'PLAN_NOT_FOUND' }));
    expect(() => planItem(tth222, 'task', 'I.99')).toThrow(expect.objectContaining({ code: 'PLAN_ITEM_NOT_FOUND' }));
    expect(planItems(tth222)).toHaveLength(98);
  });

  it('finds each row as the whole list has it, resolving only its own lead; a kind it does not know is no row', () => {
    for (const row of planItems(tth222)) expect(planItem(tth222, row.kind, row.code)).toEqual(row);
    // A code of another kind is not found under this one.
    expect(() => planItem(tth222, 'target', 'C.4')).toThrow(
      expect.objectContaining({ code: 'PLAN_ITEM_NOT_FOUND', details: expect.objectContaining({ kind: 'target' }) }),
    );
    expect(() => planItem(tth222, 'programme' as never, '1')).toThrow(
      expect.objectContaining({ code: 'PLAN_ITEM_NOT_FOUND' }),
    );
  });

  it('reads the seed register once: the same frozen units every time', () => {
    expect(defaultPlanRegister()).toBe(register);
    expect(Object.isFrozen(register)).toBe(true);
    expect(register.every((unit) => Object.isFrozen(unit))).toBe(true);
    expect(register.map((unit) => unit.code)).toContain('STTTT');
  });

  it('reports a plan whose sums do not hold', () => {
    const broken: PlanVersion = {
      ...tth222,
      projects: tth222.projects.map((p, i) =>
        i === 0 ? { ...p, budget: { provincial: '1', other: '1', total: '3' } } : p,
      ),
    };
    const report = validatePlan(broken);
    expect(report.sumsHold).toBe(false);
    expect(report.problems[0]).toMatch(/A\.I\.1: 1 \+ 1 ≠ 3/);
  });
});
