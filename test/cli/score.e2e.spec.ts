import { getCatalogue, listLeaves } from '@dti/catalogue';
import fc from 'fast-check';
import { validInputs } from '../../libs/scoring/testing/inputs.arbitrary';
import { fixtureFile, jsonLines, runCli } from './support/run-cli';

const line = (request: unknown) => JSON.stringify(request);

describe('cli score', () => {
  it('scores each stdin line in order, errors included, and exits 0', async () => {
    const input = [
      line({ catalogue: 'fixture-cli', criterion: '1.1', inputs: { a: 1000, b: 50 } }),
      '{"catalogue": "fixture-cli", "criterion": ',
      line({ catalogue: 'FIXTURE-CLI', criterion: '1.2', inputs: { a: 3, b: 1 } }),
      line({ catalogue: 'fixture-cli', criterion: '1.2', inputs: { a: 3, b: 4 } }),
      line({ catalogue: 'fixture-cli', criterion: '1', inputs: {} }),
      line({ catalogue: 'nope', criterion: '1.1', inputs: {} }),
      '',
      line({ catalogue: 'fixture-cli', criterion: '2.1', inputs: { value: 'yes' } }),
      line({ catalogue: 'fixture-cli', criterion: '2.1', inputs: { value: true } }),
    ].join('\n');
    const run = await runCli(['--catalogue-file', fixtureFile, 'score'], `${input}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = jsonLines(run.stdout);
    expect(results).toEqual([
      {
        criterion: '1.1',
        points: 2,
        max: 4,
        explanation: 'Tỷ lệ = b/a = 50/1.000 = 5,00% < 10% → 5,00%/10% × 4 = 2,00 điểm',
        explanationEn: 'Ratio = b/a = 50/1,000 = 5.00% < 10% → 5.00%/10% × 4 = 2.00 points',
      },
      { criterion: null, error: { code: 'INVALID_JSON', message: expect.stringContaining('JSON') } },
      {
        criterion: '1.2',
        points: 0.83,
        max: 2.5,
        explanation: 'Tỷ lệ = b/a = 1/3 = 33,33% → 33,33% × 2,5 = 0,83 điểm',
        explanationEn: 'Ratio = b/a = 1/3 = 33.33% → 33.33% × 2.5 = 0.83 points',
      },
      {
        criterion: '1.2',
        error: {
          code: 'NUMERATOR_EXCEEDS_DENOMINATOR',
          input: 'b',
          message: expect.stringContaining('"b" (Số máy tính có kết nối)'),
        },
      },
      { criterion: '1', error: { code: 'NOT_A_CRITERION', message: expect.any(String) } },
      { criterion: '1.1', error: { code: 'UNKNOWN_CATALOGUE', message: expect.stringContaining('"nope"') } },
      { criterion: null, error: { code: 'INVALID_JSON', message: expect.any(String) } },
      {
        criterion: '2.1',
        error: { code: 'INVALID_TYPE', input: 'value', message: expect.stringContaining('"value"') },
      },
      {
        criterion: '2.1',
        points: 2,
        max: 2,
        explanation: 'Đã ban hành: Có → điểm tối đa = 2,00 điểm',
        explanationEn: 'Issued: yes → full points = 2.00 points',
      },
    ]);
  });

  it('scores the tth-2020 example of 7.1.1', async () => {
    const run = await runCli(
      ['score'],
      line({ catalogue: 'tth-2020', criterion: '7.1.1', inputs: { a: 1000, b: 50 } }),
    );
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      {
        criterion: '7.1.1',
        points: 2,
        max: 4,
        explanation: 'Tỷ lệ = b/a = 50/1.000 = 5,00% < 10% → 5,00%/10% × 4 = 2,00 điểm',
        explanationEn: 'Ratio = b/a = 50/1,000 = 5.00% < 10% → 5.00%/10% × 4 = 2.00 points',
      },
    ]);
  });

  it('scores valid reports for every tth-2020 criterion within [0, max]', async () => {
    const leaves = listLeaves(getCatalogue('tth-2020'));
    const requests = leaves.flatMap((leaf) =>
      fc.sample(validInputs(leaf), { numRuns: 5, seed: 2020 }).map((inputs) => ({
        catalogue: 'tth-2020',
        criterion: leaf.code,
        inputs,
      })),
    );
    const run = await runCli(['score'], requests.map(line).join('\n'));
    expect(run.code).toBe(0);
    const results = jsonLines(run.stdout) as Array<{
      criterion: string;
      points?: number;
      max?: number;
      error?: unknown;
    }>;
    expect(results).toHaveLength(requests.length);
    results.forEach((result, i) => {
      expect(result.criterion).toBe(requests[i].criterion);
      expect(result.error).toBeUndefined();
      expect(result.points).toBeGreaterThanOrEqual(0);
      expect(result.points).toBeLessThanOrEqual(result.max ?? -1);
    });
  });

  it('exits 0 on empty input', async () => {
    const run = await runCli(['score'], '');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
