import type { RegisteredUnit } from '../../units/unit.decider';
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
});
