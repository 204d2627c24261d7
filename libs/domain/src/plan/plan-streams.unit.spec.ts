import { InvalidCommandError } from '../domain-errors';
import { parsePlanReportId, planReportId, planStreamId, planStreamPrefix } from './plan-streams';

/** The refusal's code, the field it names and the problem's text (never the whole message). */
function refusal(reportId: string): { code: string; field: unknown; problem: string } {
  try {
    parsePlanReportId(reportId);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCommandError);
    const { code, details } = error as InvalidCommandError;
    return { code, field: details.field, problem: String(details.problem) };
  }
  throw new Error(`expected a refusal of ${reportId}`);
}

describe('plan streams', () => {
  it('names a plan quarter’s stream in lower case, without the dash of the period', () => {
    expect(planStreamPrefix('TTH-222')).toBe('plan-tth-222-');
    expect(planStreamId('TTH-222', '2021-Q1')).toBe('plan-tth-222-2021Q1');
    expect(planStreamId('tth-222', '2025-Q4')).toBe('plan-tth-222-2025Q4');
  });

  it('reads back a report id it wrote', () => {
    const id = planReportId('2021-Q2', 'project', 'A.I.1', 2);
    expect(id).toBe('2021-Q2:project:A.I.1:2');
    expect(parsePlanReportId(id)).toEqual({ period: '2021-Q2', kind: 'project', code: 'A.I.1' });
    expect(parsePlanReportId('2021-Q1:target:1:999999')).toEqual({ period: '2021-Q1', kind: 'target', code: '1' });
    expect(parsePlanReportId(`2021-Q1:task:${'I'.repeat(20)}:1`).code).toBe('I'.repeat(20));
  });

  it.each([
    ['x2021-Q1:task:I.1:1'], // anchored at the start
    ['2021-Q1:task:I.1:1x'], // anchored at the end
    ['2021-Q1:task:I.1:1:2'],
    ['2021-Q1:task:I.1:0'], // sequences start at 1
    ['2021-Q1:task:I.1:1000000'], // at most six digits
    ['2021-Q1:task:I.1:'],
    [`2021-Q1:task:${'I'.repeat(21)}:1`], // codes of at most 20 characters
    ['2021-Q5:task:I.1:1'],
    ['2021-Q1:goal:I.1:1'],
  ])('refuses %s, naming the field and the input', (input) => {
    const { code, field, problem } = refusal(input);
    expect(code).toBe('INVALID_COMMAND');
    expect(field).toBe('reportId');
    expect(problem).toContain(`"${input}"`);
    expect(problem).toContain('<YYYY-Qn>:<target|task|project>:<code>:<n>');
  });

  it('quotes at most 80 characters of a long input', () => {
    const input = `2021-Q1:task:${'A'.repeat(67)}BCDEF`;
    const { problem } = refusal(input);
    expect(problem).toContain(`"2021-Q1:task:${'A'.repeat(67)}"`);
    expect(problem).not.toContain('B');
  });
});
