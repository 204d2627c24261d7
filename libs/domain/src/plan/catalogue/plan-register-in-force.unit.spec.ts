import type { RegisteredUnit, UnitState } from '../../units/unit.decider';
import { loadTthUnitSeed } from '../../units/seed/unit-seed';
import { decidePlanQuarter, initialPlanQuarterState } from '../plan.decider';
import { registerInForce, reportersInForce } from './plan-register-in-force';
import { planItem } from './plan-registry';
import { tth222 } from './tth-222';

/** The seed register (2021) as registered units, and one later history: Sở TT&TT merged into Sở KH&CN in 2025. */
function units(): RegisteredUnit[] {
  const seed: RegisteredUnit[] = loadTthUnitSeed().units.map((unit) => ({
    status: 'registered',
    code: unit.code,
    block: unit.block,
    registeredOn: '2021-01-01',
    names: [{ name: unit.name, nameEn: unit.nameEn, effectiveOn: '2021-01-01', legalBasis: 'seed' }],
    end: null,
  }));
  const merged = seed.map((unit): RegisteredUnit =>
    unit.code === 'STTTT'
      ? { ...unit, end: { kind: 'merged', into: 'SKHCN', effectiveOn: '2025-03-01', legalBasis: 'NQ 2025' } }
      : unit,
  );
  const created: RegisteredUnit = {
    status: 'registered',
    code: 'SDTM',
    block: 'department',
    registeredOn: '2025-03-01',
    names: [{ name: 'Sở mới (giả định)', nameEn: null, effectiveOn: '2025-03-01', legalBasis: 'NQ 2025' }],
    end: null,
  };
  return [...merged, created];
}

describe('plan leads resolved against the register in force of the report’s quarter', () => {
  it('before a merger the plan’s leads report as named; once merged, the successor reports their rows', () => {
    const target2 = planItem(tth222, 'target', '2');
    expect(target2.reporters).toEqual(['STTTT']);
    expect(reportersInForce(target2, registerInForce(units(), '2024-Q4'))).toEqual(['STTTT']);
    // Merged effective 2025-03-01: Sở TT&TT still existed in 2025-Q1 (it reports that quarter), not in 2025-Q2.
    expect(reportersInForce(target2, registerInForce(units(), '2025-Q1'))).toEqual(['STTTT']);
    expect(reportersInForce(target2, registerInForce(units(), '2025-Q2'))).toEqual(['SKHCN']);
    // The State Bank's row (outside the register) falls to the standing agency, carried forward too.
    expect(reportersInForce(planItem(tth222, 'project', 'C.4'), registerInForce(units(), '2025-Q3'))).toEqual([
      'SKHCN',
    ]);
  });

  it('"Các sở, ban, ngành" means the departments of that quarter: a new one included, a merged one gone', () => {
    const everyDepartment = planItem(tth222, 'project', 'A.III.1');
    expect(everyDepartment.lead.block).toBe('department');
    const before = reportersInForce(everyDepartment, registerInForce(units(), '2024-Q4'));
    expect(before).toContain('STTTT');
    expect(before).not.toContain('SDTM');
    const after = reportersInForce(everyDepartment, registerInForce(units(), '2025-Q2'));
    expect(after).toContain('SDTM');
    expect(after).not.toContain('STTTT');
    expect(after).not.toContain('HUE');
  });

  it('an empty register (nothing projected yet) changes nothing; a unit it does not know yet stays as named', () => {
    const row = planItem(tth222, 'task', 'I.1');
    expect(reportersInForce(row, registerInForce([], '2025-Q2'))).toEqual(row.reporters);
    const partly = units().filter((unit) => unit.code !== 'STTTT' && unit.code !== 'SNV');
    expect(reportersInForce(row, registerInForce(partly, '2022-Q2'))).toEqual(['STTTT']);
    expect(reportersInForce(planItem(tth222, 'project', 'A.III.1'), registerInForce(partly, '2022-Q2'))).toEqual(
      expect.arrayContaining(['STTTT', 'SNV', 'SKHCN']),
    );
  });

  it('the decider lets the successor report and refuses the merged unit', () => {
    const command = (actor: string, unit: string) => ({
      type: 'ReportPlanProgress' as const,
      metadata: {
        commandId: `c-${actor}`,
        correlationId: 'r',
        actor,
        role: 'submitter' as const,
        actorUnit: unit,
        occurredAt: '2025-05-10T03:00:00Z',
      },
      data: {
        plan: 'tth-222',
        period: '2025-Q2',
        kind: 'target' as const,
        code: '2',
        progress: { numerator: 9, denominator: 10 },
        evidence: [],
      },
    });
    const inForce = registerInForce(units(), '2025-Q2');
    const [event] = decidePlanQuarter(command('sub-skhcn', 'SKHCN'), initialPlanQuarterState, undefined, inForce);
    expect(event.data).toMatchObject({ unit: 'SKHCN', code: '2' });
    expect(() => decidePlanQuarter(command('sub-stttt', 'STTTT'), initialPlanQuarterState, undefined, inForce)).toThrow(
      expect.objectContaining({ code: 'NOT_PLAN_LEAD' }),
    );
  });

  it('a merger effective on the quarter’s first day passes that whole quarter to the successor', () => {
    const onFirstDay = units().map((unit): RegisteredUnit =>
      unit.code === 'STTTT'
        ? { ...unit, end: { kind: 'merged', into: 'SKHCN', effectiveOn: '2025-04-01', legalBasis: 'NQ 2025' } }
        : unit,
    );
    const target2 = planItem(tth222, 'target', '2');
    expect(registerInForce(onFirstDay, '2025-Q2').successors.get('STTTT')).toBe('SKHCN');
    expect(reportersInForce(target2, registerInForce(onFirstDay, '2025-Q2'))).toEqual(['SKHCN']);
    expect(registerInForce(onFirstDay, '2025-Q1').successors.has('STTTT')).toBe(false);
    expect(reportersInForce(target2, registerInForce(onFirstDay, '2025-Q1'))).toEqual(['STTTT']);
  });

  it('a lead still in force reports alone; a dissolved lead falls to the standing agency; none left means nobody', () => {
    const dissolved = (codes: string[]) =>
      units().map((unit): RegisteredUnit =>
        codes.includes(unit.code)
          ? { ...unit, end: { kind: 'dissolved', effectiveOn: '2024-01-01', legalBasis: 'QĐ 2024' } }
          : unit,
      );
    const target1 = planItem(tth222, 'target', '1');
    expect(target1.lead.units).toEqual(['VPUBND']);
    expect(reportersInForce(target1, registerInForce(units(), '2024-Q1'))).toEqual(['VPUBND']);
    const withoutLead = registerInForce(dissolved(['VPUBND']), '2024-Q1');
    expect(withoutLead.successors.has('VPUBND')).toBe(false);
    expect(reportersInForce(target1, withoutLead)).toEqual(['STTTT']);
    expect(reportersInForce(target1, registerInForce(dissolved(['VPUBND', 'STTTT']), '2024-Q1'))).toEqual([]);
  });

  it('mergers in a circle (a broken history) end with nobody rather than looping', () => {
    const circle = units().map((unit): RegisteredUnit =>
      unit.code === 'VPUBND' || unit.code === 'STTTT'
        ? {
            ...unit,
            end: {
              kind: 'merged',
              into: unit.code === 'VPUBND' ? 'STTTT' : 'VPUBND',
              effectiveOn: '2024-01-01',
              legalBasis: 'x',
            },
          }
        : unit,
    );
    expect(reportersInForce(planItem(tth222, 'target', '1'), registerInForce(circle, '2024-Q2'))).toEqual([]);
  });

  it('an empty register leaves a block’s row to the block’s units as the plan resolved them', () => {
    const everyDepartment = planItem(tth222, 'project', 'A.III.1');
    expect(everyDepartment.reporters.length).toBeGreaterThan(1);
    expect(reportersInForce(everyDepartment, registerInForce([], '2025-Q2'))).toEqual(everyDepartment.reporters);
  });

  it('counts only registered units as known', () => {
    const states: UnitState[] = [{ status: 'unregistered' }, ...units().slice(0, 2)];
    const register = registerInForce(states, '2022-Q1');
    expect([...register.known]).toEqual(
      units()
        .slice(0, 2)
        .map((unit) => unit.code),
    );
    expect(register.period).toBe('2022-Q1');
  });

  it('a quarter before any unit of the register existed leaves every row to its leads as named', () => {
    const target1 = planItem(tth222, 'target', '1');
    const before = registerInForce(units(), '2020-Q4');
    expect(before.units.size).toBe(0);
    expect(before.known.size).toBeGreaterThan(0);
    expect(reportersInForce(target1, before)).toEqual(['VPUBND']);
  });
});
