/**
 * `npm run test:mutation`'s second half (scripts/mutation.ts): Stryker's own `thresholds` judge one run only, so
 * this reads the runs' JSON reports (mutation-testing-report-schema) and holds each pure library, and the
 * scoring rules, to their bar.
 *   ts-node --transpile-only scripts/mutation-thresholds.ts [report.json…] [--markdown]
 * Without paths: each library's report (reports/mutation/<library>/mutation.json) that exists, else an ad-hoc
 * run's reports/mutation/mutation.json. `--markdown` prints the tables CONTRIBUTING.md shows.
 *
 * The score is Stryker's: detected (killed, timed out) over valid (detected, survived, not covered); mutants that
 * do not compile, break the run or are disabled with a reason count for neither.
 */
import { existsSync, readFileSync } from 'node:fs';

interface ReportMutant {
  status: string;
}
interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

export interface Scope {
  name: string;
  /** Path prefix of the files it covers, relative to the repository root. */
  prefix: string;
  /** The bar of issue 17; shown as the gap while the floor is lower. */
  target: number;
  /**
   * What the run must reach now (fails below it): the score last measured, rounded down, never above target;
   * null while the library has not been measured in full (reported, not judged).
   */
  floor: number | null;
}

/** The libraries scripts/mutation.ts runs one by one (stryker.config.mjs's MUTATION_LIBRARY). */
export const LIBRARY_NAMES = ['scoring', 'catalogue', 'domain'] as const;

export const reportPathOf = (library: string): string => `reports/mutation/${library}/mutation.json`;

export const SCOPES: readonly Scope[] = [
  { name: 'scoring rules', prefix: 'libs/scoring/src/rules/', target: 100, floor: 100 },
  { name: 'libs/scoring', prefix: 'libs/scoring/src/', target: 90, floor: 90 },
  { name: 'libs/catalogue', prefix: 'libs/catalogue/src/', target: 90, floor: 90 },
  { name: 'libs/domain', prefix: 'libs/domain/src/', target: 90, floor: 90 },
];

export interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  excluded: number;
}

export function tally(mutants: readonly ReportMutant[]): Tally {
  const t: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, excluded: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') t.killed += 1;
    else if (status === 'Timeout') t.timeout += 1;
    else if (status === 'Survived') t.survived += 1;
    else if (status === 'NoCoverage') t.noCoverage += 1;
    else t.excluded += 1; // CompileError, RuntimeError, Ignored
  }
  return t;
}

/** Percentage of valid mutants detected; null when the scope has none in this report. */
export function score(t: Tally): number | null {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

function mutantsUnder(report: MutationReport, prefix: string): ReportMutant[] {
  return Object.entries(report.files)
    .filter(([file]) => file.replace(/\\/g, '/').startsWith(prefix))
    .flatMap(([, file]) => file.mutants);
}

const pct = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

function markdown(report: MutationReport): string {
  const lines = [
    '| Scope | Score % | Killed | Timeout | Survived | No coverage | Target % | Floor % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const scope of SCOPES) {
    const t = tally(mutantsUnder(report, scope.prefix));
    lines.push(
      `| ${scope.name} | ${pct(score(t))} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${scope.target} | ${scope.floor ?? '–'} |`,
    );
  }
  lines.push('', '| File | Score % | Survived | No coverage | Mutants |', '|---|---:|---:|---:|---:|');
  const files = Object.entries(report.files)
    .map(([file, { mutants }]) => ({ file, t: tally(mutants) }))
    .filter(({ t }) => score(t) !== null && score(t)! < 100)
    .sort((a, b) => score(a.t)! - score(b.t)!);
  for (const { file, t } of files.slice(0, 15)) {
    lines.push(
      `| ${file} | ${pct(score(t))} | ${t.survived} | ${t.noCoverage} | ${t.killed + t.timeout + t.survived + t.noCoverage} |`,
    );
  }
  return lines.join('\n');
}

/** One report of the files of several (a file is in one library's report only). */
export function mergeReports(reports: readonly MutationReport[]): MutationReport {
  return { files: Object.assign({}, ...reports.map((report) => report.files)) as MutationReport['files'] };
}

const readReport = (path: string): MutationReport => JSON.parse(readFileSync(path, 'utf8')) as MutationReport;

/** Prints each scope's verdict; false when a library is below its floor. */
export function judge(paths: readonly string[]): boolean {
  if (paths.length === 0) {
    console.log('no mutation report to judge');
    return false;
  }
  return verdicts(mergeReports(paths.map(readReport)));
}

function verdicts(report: MutationReport): boolean {
  let failed = false;
  for (const scope of SCOPES) {
    const value = score(tally(mutantsUnder(report, scope.prefix)));
    if (value === null) {
      // A run of some libraries (or narrowed with --mutate) leaves others out; there is nothing to judge.
      console.log(`${scope.name}: not in this report`);
      continue;
    }
    const below = scope.floor !== null && value < scope.floor;
    failed ||= below;
    const gap =
      value < scope.target ? ` (target ${scope.target}%: ${(scope.target - value).toFixed(2)} points short)` : '';
    const verdict =
      scope.floor === null ? 'no floor set yet' : below ? `BELOW the floor of ${scope.floor}%` : `≥ ${scope.floor}%`;
    console.log(`${scope.name}: ${pct(value)}% ${verdict}${gap}`);
  }
  return !failed;
}

function defaultReports(): string[] {
  const libraries = LIBRARY_NAMES.map(reportPathOf).filter((path) => existsSync(path));
  return libraries.length > 0 ? libraries : ['reports/mutation/mutation.json'];
}

function main(argv: readonly string[]): number {
  const given = argv.filter((arg) => !arg.startsWith('--'));
  const paths = given.length > 0 ? given : defaultReports();
  if (argv.includes('--markdown')) {
    console.log(markdown(mergeReports(paths.map(readReport))));
    return 0;
  }
  return judge(paths) ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
