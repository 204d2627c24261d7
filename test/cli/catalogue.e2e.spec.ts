import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueMax, getCatalogue, listLeaves } from '@dti/catalogue';
import { brokenFixtureFile, fixtureFile, runCli } from './support/run-cli';

interface NodeJson {
  code: string;
  title: string;
  seedText?: string;
  declaredMax: number | null;
  computedMax: number;
  rule?: { kind: string };
  inputs?: Array<{ name: string; label: string; seedText?: string }>;
  children: NodeJson[];
}

/** These tests run the CLI (ts-node) several times; a loaded machine needs more than the default timeout. */
const SLOW_CLI_MS = 300_000;
const withFixture = (...args: string[]) => runCli(['--catalogue-file', fixtureFile, ...args]);
const leavesOf = (node: NodeJson): NodeJson[] =>
  node.children.length === 0 ? [node] : node.children.flatMap(leavesOf);
const nodesOf = (node: NodeJson): NodeJson[] => [node, ...node.children.flatMap(nodesOf)];

describe('cli catalogue list', () => {
  it('lists id, title, effective date, number of criteria and total max', async () => {
    const human = await withFixture('catalogue', 'list');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/fixture-cli\s+Bộ tiêu chí thử cho CLI\s+2019-06-01\s+3\s+8.5/);
    expect(human.stdout).toMatch(/tth-2020\s+.+\s+2021-01-01\s+109\s+284/);
    const json = await withFixture('catalogue', 'list', '--json');
    expect(JSON.parse(json.stdout)).toEqual([
      { id: 'fixture-cli', title: 'Bộ tiêu chí thử cho CLI', effectiveFrom: '2019-06-01', criteria: 3, totalMax: 8.5 },
      {
        id: 'tth-2020',
        title: getCatalogue('tth-2020').title,
        effectiveFrom: getCatalogue('tth-2020').effectiveFrom,
        criteria: listLeaves(getCatalogue('tth-2020')).length,
        totalMax: Number(catalogueMax(getCatalogue('tth-2020')).toString()),
      },
    ]);
  });
});

describe('cli catalogue show', () => {
  it('prints a readable tree with declared and computed maxima and rules', async () => {
    const run = await withFixture('catalogue', 'show', 'FIXTURE-CLI');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fixture-cli — Bộ tiêu chí thử cho CLI / CLI fixture criteria');
    expect(run.stdout).toContain('  1  Nhóm tỷ lệ  [khai báo/declared 10 ≠, từ tiêu chí/from leaves 6.5]');
    expect(run.stdout).toContain('    1.1  Tỷ lệ cán bộ chuyên trách  [tối đa/max 4]');
    expect(run.stdout).toContain('↳ threshold-proportional b/a ≥ 10% → full, else proportional');
    expect(run.stdout).toContain('  2  Nhóm có/không  [khai báo/declared 2, từ tiêu chí/from leaves 2] {district}');
  });

  it('prints the root node as JSON', async () => {
    const run = await withFixture('catalogue', 'show', 'fixture-cli', '--json');
    expect(run.code).toBe(0);
    const root = JSON.parse(run.stdout) as NodeJson;
    expect(root).toMatchObject({ code: 'I', title: 'Gốc', declaredMax: null, computedMax: 8.5 });
    expect(root.children[0]).toMatchObject({ code: '1', declaredMax: 10, computedMax: 6.5 });
    expect(leavesOf(root).map((leaf) => [leaf.code, leaf.declaredMax, leaf.computedMax, leaf.rule?.kind])).toEqual([
      ['1.1', 4, 4, 'threshold-proportional'],
      ['1.2', 2.5, 2.5, 'ratio'],
      ['2.1', 2, 2, 'yes-no'],
    ]);
  });

  it('shows tth-2020 whole: every criterion with its rule and inputs, the root worth the catalogue total', async () => {
    const run = await runCli(['catalogue', 'show', 'tth-2020', '--json']);
    expect(run.code).toBe(0);
    const root = JSON.parse(run.stdout) as NodeJson;
    const catalogue = getCatalogue('tth-2020');
    expect(root.computedMax).toBe(Number(catalogueMax(catalogue).toString()));
    const leaves = leavesOf(root);
    expect(leaves.map((leaf) => leaf.code)).toEqual(listLeaves(catalogue).map((leaf) => leaf.code));
    for (const leaf of leaves) {
      expect(leaf.rule).toBeDefined();
      expect(leaf.inputs?.length).toBeGreaterThan(0);
      expect(leaf.computedMax).toBe(leaf.declaredMax);
    }
    for (const node of nodesOf(root).filter((n) => n.children.length > 0)) {
      const sum = node.children.reduce((total, child) => total + child.computedMax, 0);
      expect(node.computedMax).toBeCloseTo(sum, 9);
    }
    const human = await runCli(['catalogue', 'show', 'tth-2020']);
    expect(human.stdout).toContain('7.1.1  Tỷ lệ cán bộ chuyên trách CNTT  [tối đa/max 4]');
    // Display texts, repaired; the seed's scanned text only on request.
    expect(human.stdout).toContain('1.1  Tuyên truyền, phổ biến về chuyển đổi số  [');
    expect(human.stdout).not.toContain('chuyn đi s');
    expect(human.stdout).not.toContain('văn bản gốc/seed');
  });

  it(
    'shows the repaired display texts, and the seed’s verbatim text on request (--seed-text) and in JSON',
    async () => {
      const [withSeed, json] = await Promise.all([
        runCli(['catalogue', 'show', 'tth-2020', '--seed-text']),
        runCli(['catalogue', 'show', 'tth-2020', '--json']),
      ]);
      expect(withSeed.code).toBe(0);
      expect(withSeed.stdout).toContain('1.1  Tuyên truyền, phổ biến về chuyển đổi số  [');
      expect(withSeed.stdout).toContain('văn bản gốc/seed: Tuyên truyền, ph biến về chuyn đi s');
      expect(withSeed.stdout).toContain('a: Thống kê số lượng CBCC của tỉnh (gọi là a)');
      expect(withSeed.stdout).toContain('văn bản gốc/seed: Thng kê số lượng CBCC của tỉnh (gọi là a)');
      const root = JSON.parse(json.stdout) as NodeJson;
      const node = (code: string) => nodesOf(root).find((n) => n.code === code);
      expect(node('1.1')).toMatchObject({
        title: 'Tuyên truyền, phổ biến về chuyển đổi số',
        seedText: 'Tuyên truyền, ph biến về chuyn đi s',
      });
      expect(node('1.1.1')?.seedText).toBeUndefined();
      expect(node('6.2.1')?.inputs?.find((input) => input.name === 'b')).toMatchObject({
        label: 'Tổng số hệ thống thông tin được phê duyệt theo cấp độ',
        seedText: 'tng shệ thng thông tin được phê duyệt theo cấp độ',
      });
    },
    SLOW_CLI_MS,
  );

  it('exits 2 on an unknown catalogue', async () => {
    const run = await runCli(['catalogue', 'show', 'tth-1999']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown catalogue "tth-1999"');
  });
});

describe('cli catalogue validate', () => {
  it('reports max mismatches with both numbers and every recorded erratum, exit 0', async () => {
    const run = await withFixture('catalogue', 'validate', 'fixture-cli', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { code: '1', kind: 'max-mismatch', declared: 10, computed: 6.5, message: expect.stringContaining('6.5') },
      { code: '1', kind: 'max-mismatch', message: expect.stringContaining('scored against 6.5') },
    ]);
    const human = await withFixture('catalogue', 'validate', 'fixture-cli');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('fixture-cli: 2 phát hiện / findings; 0 lỗi cấu trúc / schema problems');
    expect(human.stdout).toContain('[max-mismatch] 1 (khai báo/declared 10, tính/computed 6.5)');
  });

  it('reports every tth-2020 max mismatch and erratum, and no schema problem', async () => {
    const run = await runCli(['catalogue', 'validate', 'tth-2020', '--json']);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout) as Array<{
      code: string;
      kind: string;
      declared?: number;
      computed?: number;
    }>;
    const show = JSON.parse((await runCli(['catalogue', 'show', 'tth-2020', '--json'])).stdout) as NodeJson;
    const mismatches = nodesOf(show)
      .filter((node) => node.children.length > 0 && node.declaredMax !== null && node.declaredMax !== node.computedMax)
      .map((node) => ({
        code: node.code,
        kind: 'max-mismatch',
        declared: node.declaredMax,
        computed: node.computedMax,
      }));
    expect(findings.filter((f) => f.declared !== undefined)).toEqual(mismatches.map((m) => expect.objectContaining(m)));
    expect(findings.filter((f) => f.declared === undefined)).toHaveLength(getCatalogue('tth-2020').errata.length);
    for (const finding of findings) {
      expect(
        Object.keys(finding).every((key) => ['code', 'kind', 'declared', 'computed', 'message'].includes(key)),
      ).toBe(true);
    }
  });

  it(
    'reports a display text with a broken Vietnamese syllable as a notice, exit 0',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dti-cli-'));
      try {
        const catalogue = JSON.parse(readFileSync(fixtureFile, 'utf8')) as { id: string; root: NodeJson };
        catalogue.id = 'scanned-cli';
        const leaf = catalogue.root.children[0].children[0];
        leaf.title = 'Tỷ lệ cán bộ chuyên trách';
        if (leaf.inputs) leaf.inputs[0].label = 'Thng kê slượng CBCCVC của tnh (gi là a)';
        const file = join(dir, 'scanned.json');
        writeFileSync(file, JSON.stringify(catalogue));
        const run = await runCli(['--catalogue-file', file, 'catalogue', 'validate', 'scanned-cli', '--json']);
        expect(run.code).toBe(0);
        const findings = JSON.parse(run.stdout) as Array<{ code: string; kind: string; message: string }>;
        expect(findings.filter((f) => f.kind === 'broken-syllable')).toEqual([
          {
            code: '1.1',
            kind: 'broken-syllable',
            message: expect.stringContaining('"Thng", "slượng", "tnh", "gi"'),
          },
        ]);
        const human = await runCli(['--catalogue-file', file, 'catalogue', 'validate', 'scanned-cli']);
        expect(human.stdout).toContain('[broken-syllable] 1.1: inputs.a.label có từ không phải âm tiết tiếng Việt');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    SLOW_CLI_MS,
  );

  it(
    'reports the errata issue #16 asked for, and no broken syllable, for tth-2020',
    async () => {
      const run = await runCli(['catalogue', 'validate', 'tth-2020', '--json']);
      const findings = JSON.parse(run.stdout) as Array<{ code: string; kind: string; message: string }>;
      expect(findings.filter((f) => f.kind === 'broken-syllable')).toEqual([]);
      const codes = new Set(findings.filter((f) => f.message.startsWith('Đính chính')).map((f) => f.code));
      for (const code of ['1.2.2', '1.2.4', '2.4.4', '3.1', '3.3.1.2', '4.1.2', '4.2.8', '5.7.1', '5.13.3']) {
        expect([code, codes.has(code)]).toEqual([code, true]);
      }
    },
    SLOW_CLI_MS,
  );

  it('exits 2 on an unknown catalogue, with a clear message', async () => {
    const run = await runCli(['catalogue', 'validate', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có bộ tiêu chí "nope"');
    expect(run.stderr).toContain('Unknown catalogue "nope" (known: tth-2020)');
  });

  it('lists the schema problems of a catalogue that cannot be registered, exit 1', async () => {
    const run = await runCli(['--catalogue-file', brokenFixtureFile, 'catalogue', 'validate', 'broken-cli', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken-cli');
    const kinds = (JSON.parse(run.stdout) as Array<{ code: string; kind: string }>).map((f) => `${f.code}:${f.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['1.1:unknown-input', '1.2:missing-rule', '1.2:invalid-inputs']));
  });

  it('exits 1 when a catalogue file cannot be read', async () => {
    const run = await runCli(['--catalogue-file', '/nonexistent.json', 'catalogue', 'list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/nonexistent.json');
  });
});
