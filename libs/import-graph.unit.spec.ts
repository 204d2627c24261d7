/**
 * The import graph of libs/ and apps/ (issue 11): nothing outside an app imports it, no file imports itself back through others, no library
 * depends on another that depends on it (its specs and test kits included: catalogue's hand-scored specs once
 * made catalogue ↔ scoring), and the platform does not depend on the read model (it reads it through the
 * ProjectionReadSide port). Type-only imports count: a cycle of types is still a cycle a reader must untangle.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join, relative, sep } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..');

/**
 * Cycles known and owned elsewhere, each with why it is still here. A cycle listed here that disappears is fine;
 * a new one fails. Key: the cycle's files, sorted, joined with " ↔ ".
 */
const KNOWN_CYCLES: Record<string, string> = {};

/** Libraries that must not depend on another, and why. */
const FORBIDDEN: Array<{ from: string; to: string; why: string }> = [
  { from: 'platform', to: 'read-model', why: 'the platform reads the read side through the ProjectionReadSide port' },
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function compilerOptions(tsconfig: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error(`cannot read ${tsconfig}`);
  return parsed.options;
}

const rel = (file: string): string => relative(ROOT, file).split(sep).join('/');

/** Every file of `roots` (libs/ and apps/ unless told) with the files of ours it imports (packages left out), as repository paths. */
function importGraph(roots: readonly string[] = ['libs', 'apps']): Map<string, string[]> {
  const options = compilerOptions(join(ROOT, 'tsconfig.json'));
  // The web app resolves with its own configuration (bundler resolution, its own paths).
  const webOptions = compilerOptions(join(ROOT, 'apps/web/tsconfig.json'));
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap((root) => sourceFiles(join(ROOT, root)))) {
    const opts = rel(file).startsWith('apps/web/') ? webOptions : options;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, opts, ts.sys).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport) continue;
      if (resolved.resolvedFileName.includes(`${sep}node_modules${sep}`)) continue;
      targets.add(rel(resolved.resolvedFileName));
    }
    graph.set(rel(file), [...targets]);
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * Imports of an application's files from outside it (issue 11: "nothing imports apps/"): from libs/, another app,
 * bench/ or scripts/. Tests (test/) may drive an app; so may the one script listed in ALLOWED_APP_IMPORTS.
 */
const appOf = (file: string): string | undefined => /^apps\/([^/]+)\//.exec(file)?.[1];

/** Files outside an app that may import it, and why. */
const ALLOWED_APP_IMPORTS: Record<string, string> = {
  'scripts/generate-api-types.ts': "builds the API's OpenAPI document from the API's own module (npm run api:types)",
  'apps/web/src/quarter/quarter-model.unit.spec.ts':
    'a spec, like those under test/: the web quarter model checked against the catalogue as the API serves it ' +
    '(toCatalogueView); shipped web code never imports the API',
};

function appImportsFromOutside(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([file, targets]) =>
    file in ALLOWED_APP_IMPORTS
      ? []
      : targets
          .filter((target) => appOf(target) !== undefined && appOf(target) !== appOf(file))
          .map((target) => `${file} → ${target}`),
  );
}

/** libs/<name>/… → name; apps are not libraries. */
const libraryOf = (file: string): string | undefined => /^libs\/([^/]+)\//.exec(file)?.[1];

function libraryGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const libraries = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = libraryOf(file);
    if (from === undefined) continue;
    const edges = libraries.get(from) ?? new Set<string>();
    libraries.set(from, edges);
    for (const target of targets) {
      const to = libraryOf(target);
      if (to !== undefined && to !== from) edges.add(to);
    }
  }
  return new Map([...libraries].map(([name, edges]) => [name, [...edges]]));
}

describe('the import graph of libs/ and apps/', () => {
  const graph = importGraph();

  it('reads the whole tree, resolving our path aliases', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('libs/scoring/src/score-card.ts')).toContain('libs/catalogue/src/index.ts');
  });

  it('has no file import cycle (but the known ones, listed with their reason)', () => {
    const cycles = cyclesOf(graph).map((cycle) => cycle.join(' ↔ '));
    expect(cycles.filter((cycle) => !(cycle in KNOWN_CYCLES))).toEqual([]);
  });

  it('has no cycle between libraries, their specs and test kits included', () => {
    expect(cyclesOf(libraryGraph(graph))).toEqual([]);
  });

  it.each(FORBIDDEN)('libs/$from does not import libs/$to: $why', ({ from, to }) => {
    const offending = [...graph]
      .filter(([file]) => libraryOf(file) === from)
      .flatMap(([file, targets]) => targets.filter((target) => libraryOf(target) === to).map((t) => `${file} → ${t}`));
    expect(offending).toEqual([]);
  });

  it('has no import of an app from outside it: libs/, the other apps, bench/ and scripts/ (issue 11)', () => {
    const outside = importGraph(['bench', 'scripts']);
    expect(outside.get('scripts/generate-api-types.ts')).toContain('apps/api/src/app.module.ts');
    expect(appImportsFromOutside(new Map([...graph, ...outside]))).toEqual([]);
  });

  it('notices an app imported from a library, another app or the bench (negative control)', () => {
    const made = new Map([
      ['libs/a/src/x.ts', ['apps/api/src/y.ts']],
      ['apps/cli/src/main.ts', ['apps/api/src/y.ts', 'apps/cli/src/z.ts', 'libs/a/src/x.ts']],
      ['bench/run.ts', ['apps/api/src/y.ts']],
      ['scripts/generate-api-types.ts', ['apps/api/src/app.module.ts']],
    ]);
    expect(appImportsFromOutside(made)).toEqual([
      'libs/a/src/x.ts → apps/api/src/y.ts',
      'apps/cli/src/main.ts → apps/api/src/y.ts',
      'bench/run.ts → apps/api/src/y.ts',
    ]);
  });

  it('notices a cycle, a self-import and a library cycle (negative control)', () => {
    const made = new Map([
      ['libs/a/src/x.ts', ['libs/b/src/y.ts']],
      ['libs/b/src/y.ts', ['libs/b/src/z.ts']],
      ['libs/b/src/z.ts', ['libs/a/src/x.ts']],
      ['libs/c/src/self.ts', ['libs/c/src/self.ts']],
      ['libs/c/src/w.ts', ['libs/a/src/x.ts']],
    ]);
    expect(cyclesOf(made)).toEqual([['libs/a/src/x.ts', 'libs/b/src/y.ts', 'libs/b/src/z.ts'], ['libs/c/src/self.ts']]);
    expect(cyclesOf(libraryGraph(made))).toEqual([['a', 'b']]);
  });
});
