import { InvalidCommandError } from '../domain-errors';
import type { PlanTask } from './catalogue/plan.types';
import { compareDecimals, validatePlanProgress } from './plan-progress';

const reportedOn = '2021-04-10';
const oneOff = { code: 'I.1', quantity: null } as unknown as PlanTask;
const recurring = { code: 'I.6', quantity: 4 } as unknown as PlanTask;

/** The refusal's code and the field and problem it names (never the whole message). */
function refusal(run: () => unknown): { code: string; field: unknown; problem: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCommandError);
    const { code, details } = error as InvalidCommandError;
    return { code, field: details.field, problem: String(details.problem) };
  }
  throw new Error('expected a refusal');
}

const target = (raw: unknown) => validatePlanProgress('target', raw, { reportedOn });
const task = (raw: unknown, t: PlanTask | undefined = oneOff) =>
  validatePlanProgress('task', raw, { task: t, reportedOn });
const project = (raw: Record<string, unknown>) =>
  validatePlanProgress('project', { phase: 'in_progress', physicalPercent: '40', ...raw }, { reportedOn });

describe('compareDecimals (exact, no floats)', () => {
  it.each([
    ['9', '10', -1],
    ['10', '9', 1],
    ['12', '13', -1],
    ['13', '12', 1],
    ['12', '12', 0],
    ['1.5', '1.50', 0],
    ['1.05', '1.5', -1],
    ['1.5', '1.05', 1],
    ['1', '1.0001', -1],
    ['1.0001', '1', 1],
  ])('%s against %s is %d', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });
});

describe('validatePlanProgress', () => {
  it('refuses anything but a plain object', () => {
    for (const raw of [null, undefined, [], 'x', 3]) {
      expect(refusal(() => target(raw))).toMatchObject({ code: 'INVALID_COMMAND', field: 'progress' });
    }
    expect(refusal(() => target([])).problem).toContain('a list');
  });

  it('refuses values that only look like decimals or đồng once turned into text', () => {
    expect(refusal(() => target({ numerator: ['12'], denominator: 100 }))).toMatchObject({
      field: 'progress.numerator',
    });
    // Beyond 2^53 as a number, though its digits would pass as text.
    expect(
      refusal(() =>
        validatePlanProgress(
          'project',
          { phase: 'in_progress', physicalPercent: '1', disbursed: { provincial: 2 ** 54, other: 0 } },
          { reportedOn },
        ),
      ),
    ).toMatchObject({ field: 'progress.disbursed.provincial' });
    expect(
      refusal(() =>
        validatePlanProgress(
          'project',
          { phase: 'in_progress', physicalPercent: 'x', disbursed: { provincial: 0, other: 0 } },
          { reportedOn },
        ),
      ),
    ).toMatchObject({ field: 'progress.physicalPercent' });
  });

  it('a task of no known row is read as a one-off task', () => {
    expect(validatePlanProgress('task', { status: 'drafting' }, { reportedOn })).toMatchObject({
      status: 'drafting',
      issuedCount: null,
    });
  });

  describe('target: a share', () => {
    it('keeps numbers and decimal text as canonical text', () => {
      expect(target({ numerator: 80, denominator: 100 })).toEqual({
        kind: 'target',
        numerator: '80',
        denominator: '100',
      });
      expect(target({ numerator: '0.5', denominator: '12.25' })).toEqual({
        kind: 'target',
        numerator: '0.5',
        denominator: '12.25',
      });
      expect(target({ numerator: 0, denominator: Number.MAX_SAFE_INTEGER })).toMatchObject({
        numerator: '0',
        denominator: String(Number.MAX_SAFE_INTEGER),
      });
    });

    it('accepts a share equal to its denominator, refuses one above it', () => {
      expect(target({ numerator: '7.5', denominator: '7.50' })).toMatchObject({ numerator: '7.5' });
      const above = refusal(() => target({ numerator: '7.51', denominator: '7.5' }));
      expect(above).toMatchObject({ field: 'progress.numerator' });
      expect(above.problem).toContain('100%');
    });

    it('refuses a zero denominator, however written', () => {
      for (const denominator of [0, '0', '0.0', '0.000']) {
        const r = refusal(() => target({ numerator: 0, denominator }));
        expect(r).toMatchObject({ field: 'progress.denominator' });
        expect(r.problem).toContain('greater than 0');
      }
      expect(target({ numerator: 0, denominator: '0.01' })).toMatchObject({ denominator: '0.01' });
      expect(target({ numerator: 0, denominator: '10' })).toMatchObject({ denominator: '10' });
    });

    it('refuses numbers that are negative, not finite or beyond 2^53', () => {
      for (const numerator of [-1, -0.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 2]) {
        const r = refusal(() => target({ numerator, denominator: 10 }));
        expect(r).toMatchObject({ field: 'progress.numerator' });
        expect(r.problem).toContain('from 0 to 2^53');
      }
    });

    it('refuses text that is not a canonical decimal, and other types', () => {
      for (const numerator of ['01', '-1', '1.', '.5', '1.1234567', '1e3', ' 1', '', true, null, undefined]) {
        const r = refusal(() => target({ numerator, denominator: 10 }));
        expect(r).toMatchObject({ field: 'progress.numerator' });
        expect(r.problem).toContain('non-negative decimal');
      }
      expect(refusal(() => target({ numerator: 1, denominator: 'x' }))).toMatchObject({
        field: 'progress.denominator',
      });
      // Up to 21 whole digits and 6 decimals.
      expect(target({ numerator: '1.123456', denominator: '100000000000000000000' })).toMatchObject({
        numerator: '1.123456',
      });
      expect(refusal(() => target({ numerator: 1, denominator: '1000000000000000000000' }))).toMatchObject({
        field: 'progress.denominator',
      });
    });
  });

  describe('task: a status, a document, a count', () => {
    it('reports a task not started with nothing else', () => {
      expect(task({ status: 'not_started' })).toEqual({
        kind: 'task',
        status: 'not_started',
        documentNumber: null,
        issuedOn: null,
        issuedCount: null,
      });
      expect(task({ status: 'drafting', documentNumber: null, issuedOn: null, issuedCount: null }, undefined)).toEqual({
        kind: 'task',
        status: 'drafting',
        documentNumber: null,
        issuedOn: null,
        issuedCount: null,
      });
    });

    it('refuses an unknown status, naming the allowed ones', () => {
      for (const status of ['done', 3, undefined]) {
        const r = refusal(() => task({ status }));
        expect(r).toMatchObject({ field: 'progress.status' });
        expect(r.problem).toContain('not_started, drafting, issued');
      }
    });

    it('an issued one-off task needs its document number and date', () => {
      expect(task({ status: 'issued', documentNumber: ' 12/QĐ-UBND ', issuedOn: '2021-03-01' })).toEqual({
        kind: 'task',
        status: 'issued',
        documentNumber: '12/QĐ-UBND',
        issuedOn: '2021-03-01',
        issuedCount: null,
      });
      const noNumber = refusal(() => task({ status: 'issued', issuedOn: '2021-03-01' }));
      expect(noNumber).toMatchObject({ field: 'progress.documentNumber' });
      expect(noNumber.problem).toContain('number and date');
      expect(refusal(() => task({ status: 'issued', documentNumber: '12/QĐ-UBND' }))).toMatchObject({
        field: 'progress.issuedOn',
      });
      // Not issued yet: a draft may name its document already, without a date.
      expect(task({ status: 'drafting', documentNumber: '12/QĐ-UBND' })).toMatchObject({
        documentNumber: '12/QĐ-UBND',
        issuedOn: null,
      });
    });

    it('a recurring task reports its count, and needs no document to be issued', () => {
      expect(task({ status: 'issued', issuedCount: 4 }, recurring)).toEqual({
        kind: 'task',
        status: 'issued',
        documentNumber: null,
        issuedOn: null,
        issuedCount: 4,
      });
      for (const issuedCount of [undefined, null]) {
        const r = refusal(() => task({ status: 'drafting', issuedCount }, recurring));
        expect(r).toMatchObject({ field: 'progress.issuedCount' });
        expect(r.problem).toContain('recurring');
      }
      // A one-off task may still say how many it issued.
      expect(task({ status: 'drafting', issuedCount: 0 })).toMatchObject({ issuedCount: 0 });
    });

    it('counts from 0 to 100000 whole', () => {
      expect(task({ status: 'drafting', issuedCount: 100000 }, recurring)).toMatchObject({ issuedCount: 100000 });
      expect(task({ status: 'drafting', issuedCount: 0 }, recurring)).toMatchObject({ issuedCount: 0 });
      for (const issuedCount of [-1, 100001, 1.5, '4', Number.NaN]) {
        const r = refusal(() => task({ status: 'drafting', issuedCount }, recurring));
        expect(r).toMatchObject({ field: 'progress.issuedCount' });
        expect(r.problem).toContain('0–100000');
      }
    });

    it('an issue date is a real day from 2020-01-01 to the day of the report', () => {
      const issued = (issuedOn: unknown) => task({ status: 'issued', documentNumber: '1/QĐ', issuedOn });
      expect(issued('2020-01-01')).toMatchObject({ issuedOn: '2020-01-01' });
      expect(issued(reportedOn)).toMatchObject({ issuedOn: reportedOn });
      for (const issuedOn of ['2019-12-31', '2021-04-11']) {
        const r = refusal(() => issued(issuedOn));
        expect(r).toMatchObject({ field: 'progress.issuedOn' });
        expect(r.problem).toContain('2020-01-01');
      }
      for (const issuedOn of ['2021-02-30', '10/04/2021', 20210410]) {
        const r = refusal(() => issued(issuedOn));
        expect(r).toMatchObject({ field: 'progress.issuedOn' });
        expect(r.problem).toContain('YYYY-MM-DD');
      }
    });

    it('a document number is non-empty text of at most 100 characters', () => {
      expect(refusal(() => task({ status: 'drafting', documentNumber: '  ' }))).toMatchObject({
        field: 'progress.documentNumber',
      });
      expect(refusal(() => task({ status: 'drafting', documentNumber: 'x'.repeat(101) }))).toMatchObject({
        field: 'progress.documentNumber',
      });
      expect(task({ status: 'drafting', documentNumber: 'x'.repeat(100) })).toMatchObject({
        documentNumber: 'x'.repeat(100),
      });
    });
  });

  describe('project: phase, physical progress, money disbursed', () => {
    const disbursed = { provincial: 0, other: '0' };

    it('keeps whole đồng as text, from numbers or text beyond 2^53', () => {
      expect(
        project({
          phase: 'completed',
          physicalPercent: 100,
          disbursed: { provincial: 12, other: '25000000000000000' },
        }),
      ).toEqual({
        kind: 'project',
        phase: 'completed',
        physicalPercent: '100',
        disbursed: { provincial: '12', other: '25000000000000000' },
      });
      expect(project({ disbursed })).toMatchObject({ disbursed: { provincial: '0', other: '0' } });
    });

    it('refuses đồng that are negative, fractional, unsafe or malformed', () => {
      for (const provincial of [-1, 1.5, 2 ** 60, '01', '-1', '1.0', '1000000000000000000', null]) {
        const r = refusal(() => project({ disbursed: { provincial, other: 0 } }));
        expect(r).toMatchObject({ field: 'progress.disbursed.provincial' });
        expect(r.problem).toContain('whole đồng');
      }
      expect(refusal(() => project({ disbursed: { provincial: 0, other: -5 } }))).toMatchObject({
        field: 'progress.disbursed.other',
      });
      expect(project({ disbursed: { provincial: '999999999999999999', other: 0 } })).toMatchObject({
        disbursed: { provincial: '999999999999999999' },
      });
    });

    it('needs the disbursed object', () => {
      for (const value of [undefined, 5, []]) {
        const r = refusal(() => project({ disbursed: value }));
        expect(r).toMatchObject({ field: 'progress.disbursed' });
        expect(r.problem).toContain('{provincial, other}');
      }
    });

    it('a percentage up to 100 exactly', () => {
      expect(project({ physicalPercent: '100.0', disbursed })).toMatchObject({ physicalPercent: '100.0' });
      const r = refusal(() => project({ physicalPercent: '100.01', disbursed }));
      expect(r).toMatchObject({ field: 'progress.physicalPercent' });
      expect(r.problem).toContain('0 to 100');
    });

    it('refuses an unknown phase, naming the allowed ones', () => {
      const r = refusal(() => project({ phase: 'done', disbursed }));
      expect(r).toMatchObject({ field: 'progress.phase' });
      expect(r.problem).toContain('preparation, in_progress, completed, stopped');
      expect(project({ phase: 'stopped', disbursed })).toMatchObject({ phase: 'stopped' });
    });
  });
});
