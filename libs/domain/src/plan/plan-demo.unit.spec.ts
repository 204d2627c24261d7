import { getPlan } from './catalogue/plan-registry';
import { commandIdFor } from '../shared/deterministic-id';
import { planDemoAppends, type PlanDemoAppend } from './plan-demo';

/** FNV-1a of the text in [0, 1): the demo's "luck" of a row, written out again so the spec states the rule. */
function luckOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

type Reported = { code: string; kind: string; unit: string; progress: Record<string, unknown>; submittedBy: string };

function reports(append: PlanDemoAppend): Map<string, Reported> {
  const rows = new Map<string, Reported>();
  for (const event of append.events) {
    if (event.type !== 'PlanProgressReported') continue;
    const data = event.data as unknown as Reported;
    rows.set(`${data.kind}:${data.code}`, data);
  }
  return rows;
}

const plan = getPlan('tth-222');
// Computed inside each test (never at load), so a mutant switched on for the test is the one measured.
let appends: PlanDemoAppend[] = [];
beforeEach(() => {
  appends = planDemoAppends();
});
const years = [2021, 2022, 2023, 2024, 2025];

describe('planDemoAppends', () => {
  it('reports once a year in Q4, from the year after the plan starts, on one new stream each, a day before the quarter ends', () => {
    expect(appends.map((a) => a.streamId)).toEqual(years.map((y) => `plan-tth-222-${y}Q4`));
    expect(appends.map((a) => a.expectedRevision)).toEqual(years.map(() => 'no_stream'));
    expect(appends[0].events[0].metadata.occurredAt).toBe('2021-12-30T17:00:00.000Z');
    expect(appends[4].events[0].metadata.occurredAt).toBe('2025-12-30T17:00:00.000Z');
  });

  it('reports every row by its lead’s submitter and approves it by the reviewer', () => {
    const first = appends[0];
    expect(first.events).toHaveLength(196);
    expect(first.events.map((e) => e.type)).toEqual(
      Array.from({ length: 196 }, (_, i) => (i % 2 === 0 ? 'PlanProgressReported' : 'PlanReportApproved')),
    );
    const [reported, approved] = first.events;
    expect(reported.data).toMatchObject({ kind: 'target', code: '1', unit: 'VPUBND', submittedBy: 'sub-vpubnd' });
    expect(reported.metadata).toMatchObject({ actor: 'sub-vpubnd', role: 'submitter' });
    expect(approved.data).toMatchObject({ reportId: reported.data.reportId, reviewedBy: 'reviewer' });
    expect(approved.metadata).toMatchObject({ actor: 'reviewer', role: 'reviewer' });
    const kinds = [...reports(first).values()].map((r) => r.kind);
    expect(kinds.filter((k) => k === 'target')).toHaveLength(14);
    expect(kinds.filter((k) => k === 'task')).toHaveLength(28);
    expect(kinds.filter((k) => k === 'project')).toHaveLength(56);
  });

  it('derives every id from stable names: a rerun is the same, and no two commands share an id', () => {
    expect(planDemoAppends()).toEqual(appends);
    const all = appends.flatMap((a) => a.events);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.metadata.commandId)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.metadata.correlationId)).size).toBe(1);
    expect(all[0].metadata.correlationId).toBe(commandIdFor('demo:tth-222'));
    expect(all[0].metadata.commandId).toBe(commandIdFor('demo:tth-222:2021-Q4:report:target:1'));
    expect(all[1].metadata.commandId).toBe(commandIdFor('demo:tth-222:2021-Q4:approve:target:1'));
  });

  it('targets climb a fifth of their value a year; every third lags at 70 %; target 2 is met early', () => {
    const at = (year: number, code: string) => reports(appends[year - 2021]).get(`target:${code}`)?.progress;
    expect(at(2021, '1')).toMatchObject({ numerator: '200', denominator: '1000' });
    expect(at(2025, '1')).toMatchObject({ numerator: '1000' });
    expect(at(2021, '2')).toMatchObject({ numerator: '340' });
    expect(at(2022, '2')).toMatchObject({ numerator: '680' });
    expect(at(2023, '2')).toMatchObject({ numerator: '1000' }); // 1020 capped at the whole
    expect(at(2021, '3')).toMatchObject({ numerator: '140' });
    expect(at(2025, '3')).toMatchObject({ numerator: '700' });
    expect(at(2025, '5')).toMatchObject({ numerator: '600' }); // its value is 60 %
    expect(at(2024, '7')).toMatchObject({ numerator: '160' }); // 20 % × 4/5
    expect(at(2025, '12')).toMatchObject({ numerator: '350' }); // every third: 50 % × 0.7
    for (const [index, append] of appends.entries()) {
      for (const target of plan.targets) {
        const number = Number(target.code);
        const pace = number % 3 === 0 ? 0.7 : number === 2 ? 1.7 : 1;
        const expected = Math.min(1000, Math.round(Number(target.targetPercent) * 10 * ((index + 1) / 5) * pace));
        expect(reports(append).get(`target:${target.code}`)?.progress).toMatchObject({ numerator: String(expected) });
      }
    }
  });

  it('tasks: documents issued from their due year with a number and a date, drafting before; counted tasks drafting in year one', () => {
    for (const [index, append] of appends.entries()) {
      const year = years[index];
      for (const task of plan.tasks) {
        const luck = luckOf(`task:${task.code}`);
        const progress = reports(append).get(`task:${task.code}`)?.progress;
        if (task.quantity != null) {
          const required = task.quantity.per === 'year' ? task.quantity.count * 5 : task.quantity.count;
          expect(progress).toMatchObject({
            status: index === 0 ? 'drafting' : 'issued',
            issuedCount: Math.floor(((required * (index + 1)) / 5) * (luck < 0.85 ? 1 : 0.7)),
          });
        } else if (index + 1 >= 1 + Math.floor(luck * 5) && luck < 0.85) {
          expect(progress).toMatchObject({
            status: 'issued',
            documentNumber: `${10 + Math.floor(luck * 90)}/QĐ-UBND`,
            issuedOn: `${year}-11-15`,
          });
        } else {
          expect(progress).toMatchObject({ status: index === 0 ? 'not_started' : 'drafting', documentNumber: null });
        }
      }
    }
  });

  it('tasks: specific rows', () => {
    const at = (year: number, code: string) => reports(appends[year - 2021]).get(`task:${code}`)?.progress;
    expect(at(2021, 'I.1')).toMatchObject({ status: 'not_started', documentNumber: null });
    expect(at(2022, 'I.1')).toMatchObject({ status: 'issued', documentNumber: '43/QĐ-UBND', issuedOn: '2022-11-15' });
    expect(at(2022, 'I.10')).toMatchObject({ status: 'drafting', documentNumber: null });
    // I.6: at least 3 a year → 15 over the plan, 2/5 of them by 2022.
    expect(at(2021, 'I.6')).toMatchObject({ status: 'drafting', issuedCount: 3 });
    expect(at(2022, 'I.6')).toMatchObject({ status: 'issued', issuedCount: 6 });
    expect(at(2022, 'I.17')).toMatchObject({ status: 'issued', issuedCount: 3 });
    expect(at(2022, 'II.1')).toMatchObject({ status: 'issued', issuedCount: 10 });
  });

  it('projects move through their phases by their years, money disbursed in proportion', () => {
    for (const [index, append] of appends.entries()) {
      const year = years[index];
      for (const project of plan.projects) {
        const luck = luckOf(`project:${project.code}`);
        const span = project.years.to - project.years.from + 1;
        const done = Math.min(1, (year - project.years.from + 1) / span) * (luck < 0.8 ? 1 : 0.75);
        const phase = done >= 1 ? 'completed' : done < 0.25 ? 'preparation' : 'in_progress';
        const part = (value: string | undefined) =>
          ((BigInt(value ?? '0') * BigInt(Math.round(done * 1000))) / 1000n).toString();
        expect(reports(append).get(`project:${project.code}`)?.progress).toMatchObject({
          phase,
          physicalPercent: String(Math.round(done * 100)),
          disbursed: { provincial: part(project.budget?.provincial), other: part(project.budget?.other) },
        });
      }
    }
  });

  it('projects: specific rows', () => {
    const at = (year: number, code: string) => reports(appends[year - 2021]).get(`project:${code}`)?.progress;
    // A.I.2 (2020–2021) and A.I.3 (2021–2023) are unlucky rows (75 % of their path): 0.75 and exactly 0.25.
    expect(at(2021, 'A.I.2')).toMatchObject({ phase: 'in_progress', physicalPercent: '75' });
    expect(at(2021, 'A.I.3')).toMatchObject({
      phase: 'in_progress',
      physicalPercent: '25',
      disbursed: { provincial: '750000000', other: '1250000000' },
    });
    expect(at(2021, 'A.I.7')).toMatchObject({ phase: 'preparation', physicalPercent: '15' });
    // An unlucky row never completes.
    expect(at(2023, 'A.I.3')).toMatchObject({ phase: 'in_progress', physicalPercent: '75' });
    expect(at(2021, 'A.II.4')).toMatchObject({
      phase: 'completed',
      physicalPercent: '100',
      disbursed: { provincial: '500000000', other: '0' },
    });
    expect(at(2025, 'A.II.5')).toMatchObject({ disbursed: { provincial: '0', other: '0' } });
  });

  it('honours until, submitterOf and reviewer', () => {
    const short = planDemoAppends({ until: '2022-Q3', submitterOf: (unit) => `x-${unit}`, reviewer: 'boss' });
    expect(short.map((a) => a.streamId)).toEqual(['plan-tth-222-2021Q4']);
    const [reported, approved] = short[0].events;
    expect(reported.metadata.actor).toBe('x-VPUBND');
    expect(approved.metadata.actor).toBe('boss');
    expect(planDemoAppends({ until: '2022-Q4' }).map((a) => a.streamId)).toEqual([
      'plan-tth-222-2021Q4',
      'plan-tth-222-2022Q4',
    ]);
  });
});
