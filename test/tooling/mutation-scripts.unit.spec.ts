import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMutationArgs } from '../../scripts/mutation';
import { LIBRARY_NAMES, mergeReports, reportPathOf, score, tally } from '../../scripts/mutation-thresholds';

const root = join(__dirname, '..', '..');

/** stryker.config.mjs as Stryker reads it for one library's run (an ES module: read by a child Node). */
interface StrykerConfig {
  mutate: string[];
  jest: { configFile: string; config?: { testMatch: string[] } };
  tempDirName: string;
  incrementalFile: string;
  jsonReporter: { fileName: string };
  thresholds: { break: number };
}

function strykerConfigFor(library: string | undefined): StrykerConfig {
  const env = { ...process.env };
  delete env.MUTATION_LIBRARY;
  if (library !== undefined) env.MUTATION_LIBRARY = library;
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const c = await import('./stryker.config.mjs'); console.log(JSON.stringify(c.default));",
    ],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(out) as StrykerConfig;
}

describe('npm run test:mutation: one Stryker run per library, each judged by its own specs', () => {
  it.each(LIBRARY_NAMES)('libs/%s mutates only its own code and loads only its own specs', (library) => {
    const config = strykerConfigFor(library);
    const included = config.mutate.filter((glob) => !glob.startsWith('!'));
    expect(included).toEqual([`libs/${library}/src/**/*.ts`]);
    expect(config.mutate).toContain('!libs/*/src/**/*.spec.ts');
    expect(config.jest.config?.testMatch).toEqual([`<rootDir>/libs/${library}/src/**/*.spec.ts`]);
    expect(config.jest.configFile).toBe('jest.mutation.config.js');
    // Its own sandbox, incremental file and reports, so libraries can run at once and be judged together.
    expect(config.tempDirName).toBe(`.stryker-tmp-${library}`);
    expect(config.incrementalFile).toBe(`reports/mutation/${library}/stryker-incremental.json`);
    expect(config.jsonReporter.fileName).toBe(reportPathOf(library));
    expect(config.thresholds.break).toBe(85);
  });

  it('leaves the transcribed data out', () => {
    expect(strykerConfigFor('catalogue').mutate).toEqual(
      expect.arrayContaining(['!libs/catalogue/src/tth-2020/**', '!libs/catalogue/src/targets/**']),
    );
    expect(strykerConfigFor('domain').mutate).toContain('!libs/domain/src/plan/catalogue/tth-222.ts');
  });

  it('without a library (an ad-hoc `npx stryker run --mutate …`) mutates all three with every spec', () => {
    const config = strykerConfigFor(undefined);
    expect(config.jest.config).toBeUndefined();
    expect(config.tempDirName).toBe('.stryker-tmp');
    for (const library of LIBRARY_NAMES) expect(config.mutate).toContain(`libs/${library}/src/**/*.ts`);
  });

  it('refuses an unknown library by name', () => {
    expect(() => strykerConfigFor('apps')).toThrow(
      /MUTATION_LIBRARY must be one of scoring, catalogue, domain; got "apps"/,
    );
  });

  it('reads libraries, --concurrency and --force; refuses anything else', () => {
    expect(parseMutationArgs([])).toEqual({ libraries: ['scoring', 'catalogue', 'domain'], strykerArgs: [] });
    expect(parseMutationArgs(['domain', '--concurrency', '2', 'domain', '--force'])).toEqual({
      libraries: ['domain'],
      strykerArgs: ['--concurrency', '2', '--force'],
    });
    for (const bad of [['--concurrency'], ['--concurrency', '0'], ['--concurrency', '2x'], ['--concurrency', '100']]) {
      expect(() => parseMutationArgs(bad)).toThrow('--concurrency takes 1–99');
    }
    expect(() => parseMutationArgs(['apps'])).toThrow('unknown argument "apps"');
  });

  it('judges the libraries together from their reports', () => {
    const merged = mergeReports([
      { files: { 'libs/scoring/src/a.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }] } } },
      { files: { 'libs/domain/src/b.ts': { mutants: [{ status: 'Timeout' }, { status: 'Ignored' }] } } },
    ]);
    expect(Object.keys(merged.files)).toEqual(['libs/scoring/src/a.ts', 'libs/domain/src/b.ts']);
    const t = tally(Object.values(merged.files).flatMap((file) => file.mutants));
    expect(t).toEqual({ killed: 1, timeout: 1, survived: 1, noCoverage: 0, excluded: 1 });
    expect(score(t)).toBeCloseTo(200 / 3, 10);
  });
});

describe("jest.mutation.runner.js: a mutant's run loads only the spec files holding a selected test", () => {
  const record = join(mkdtempSync(join(tmpdir(), 'mutation-runner-')), 'names.json');
  const PERIODS = 'libs/domain/src/periods';
  const selected = 'quarters (YYYY-Qn, Asia/Ho_Chi_Minh) parses and formats';

  function jest(args: string[]): { numPassedTests: number; testResults: Array<{ name: string }> } {
    const out = execFileSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '-c', 'jest.mutation.config.js', '--runInBand', '--silent', '--json', ...args],
      {
        cwd: root,
        env: { ...process.env, MUTATION_TEST_NAMES: record },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return JSON.parse(out) as { numPassedTests: number; testResults: Array<{ name: string }> };
  }

  afterAll(() => rmSync(record, { force: true }));

  it('records every file’s test names on a run without a pattern, then runs only the file with the selected test', () => {
    const dry = jest([PERIODS]);
    expect(dry.testResults).toHaveLength(4);
    const names = JSON.parse(readFileSync(record, 'utf8')) as Record<string, { names: string[]; ms: number }>;
    expect(Object.keys(names)).toHaveLength(4);
    expect(names[join(root, PERIODS, 'quarter.unit.spec.ts')].names).toContain(selected);

    const escaped = `(${selected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`;
    const mutant = jest([PERIODS, '-t', escaped]);
    // Jest alone would load all four files and skip the other tests; the selected test's result is the same.
    expect(mutant.testResults.map((file) => file.name)).toEqual([join(root, PERIODS, 'quarter.unit.spec.ts')]);
    expect(mutant.numPassedTests).toBe(1);
  });
});

describe('jest.mutation.runner.js: the selected files run fastest first and stop at the first that fails', () => {
  // A project of its own: three spec files, each leaving a mark when it runs. `slow` passes, `fails` fails,
  // `fast` passes; a "mutant" selects a test in each.
  const dir = mkdtempSync(join(tmpdir(), 'mutation-runner-bail-'));
  const marks = join(dir, 'marks');
  const spec = (name: string, body: string) =>
    writeFileSync(
      join(dir, `${name}.spec.js`),
      `const { appendFileSync } = require('node:fs');\n` +
        `it('${name} case', async () => { appendFileSync(${JSON.stringify(marks)}, '${name}\\n'); ${body} });\n` +
        `it('${name} other', () => {});\n`,
    );
  spec('slow', 'if (!process.env.MUTANT) await new Promise((r) => setTimeout(r, 2000));');
  spec('fails', 'await new Promise((r) => setTimeout(r, 150)); if (process.env.MUTANT) throw new Error("killed");');
  spec('fast', '');
  writeFileSync(
    join(dir, 'jest.config.js'),
    `module.exports = { rootDir: ${JSON.stringify(dir)}, testMatch: ['<rootDir>/*.spec.js'], ` +
      `runner: ${JSON.stringify(join(root, 'jest.mutation.runner.js'))} };`,
  );

  function run(args: string[], mutant: boolean): { success: boolean } {
    rmSync(marks, { force: true });
    try {
      execFileSync(
        process.execPath,
        [require.resolve('jest/bin/jest'), '-c', join(dir, 'jest.config.js'), '--runInBand', '--silent', ...args],
        {
          cwd: dir,
          env: { ...process.env, MUTATION_TEST_NAMES: join(dir, 'names.json'), ...(mutant ? { MUTANT: '1' } : {}) },
          stdio: 'ignore',
        },
      );
      return { success: true };
    } catch {
      return { success: false };
    }
  }
  const ran = () => readFileSync(marks, 'utf8').trim().split('\n');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("orders by the dry run's durations and bails after the failing file", () => {
    expect(run([], false).success).toBe(true);
    expect(ran().sort()).toEqual(['fails', 'fast', 'slow']);
    const killed = run(['-t', '(slow case)|(fails case)|(fast case)'], true);
    expect(killed.success).toBe(false);
    // fast (shortest), then fails: the mutant is killed, and slow never loads.
    expect(ran()).toEqual(['fast', 'fails']);
  });

  it('runs every selected file when none fails', () => {
    run([], false);
    expect(run(['-t', '(slow case)|(fast case)'], false).success).toBe(true);
    expect(ran()).toEqual(['fast', 'slow']);
  });
});
