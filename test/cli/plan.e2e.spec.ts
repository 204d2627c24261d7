import { runCli } from './support/run-cli';

// Each run starts ts-node; on a loaded shared machine that alone can take a minute.
jest.setTimeout(400_000);

describe('cli plan', () => {
  it('shows tth-222: 14 targets, 28 tasks, 56 projects and the budget by source (đồng, exact)', async () => {
    const json = await runCli(['plan', 'show', 'tth-222', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      id: 'tth-222',
      counts: { targets: 14, tasks: 28, documents: 22, programmes: 6, projects: 56, businessFunded: 6 },
      budget: { provincial: '554500000000', other: '2177500000000', total: '2732000000000' },
      sumsHold: true,
    });
    const human = await runCli(['plan', 'show', 'TTH-222']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Chỉ tiêu \/ Targets: 14/);
    expect(human.stdout).toMatch(/Tổng kinh phí \/ Total: 2\.732\.000\.000\.000/);
  });

  it('validates: errata listed, sums hold, exit 0; an unknown plan exits 2', async () => {
    const json = await runCli(['plan', 'validate', 'tth-222', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { sumsHold: boolean; problems: string[]; errata: Array<{ at: string }> };
    expect(report.sumsHold).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.errata.map((e) => e.at)).toEqual(expect.arrayContaining(['PL5 E.3', 'PL3 E.9']));
    const unknown = await runCli(['plan', 'show', 'tth-999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/tth-999/);
  });
});
