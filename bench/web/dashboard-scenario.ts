import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { freshContext, median, percentile, type StorageState } from './browser';

/** Issue #10: navigation to the rankings table and the chart visible. */
export const DASHBOARD_TARGET_MS = 1500;

export interface DashboardRun {
  /** Navigation start → the "Xếp hạng" table has its rows (the page's own clock). */
  tableMs: number;
  /** Navigation start → "Diễn biến theo quý" drawn (not aria-busy, canvas laid out): the measured figure. */
  chartMs: number;
  /** Requests the page made until then, and what they were. */
  requests: number;
  apiRequests: { path: string; startMs: number; endMs: number; bytes: number }[];
  scripts: { path: string; startMs: number; endMs: number; bytes: number }[];
  load1: number;
}

export interface DashboardResult {
  url: string;
  data: string;
  runs: DashboardRun[];
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  tableMedianMs: number;
  targetMs: number;
  met: boolean;
  /** The slowest API answer of each run, median over the runs, and the request count. */
  profile: {
    requests: number;
    apiRequests: number;
    slowestApiMs: number;
    lastApiEndMs: number;
    scriptBytes: number;
    lastScriptEndMs: number;
    apiByPath: Record<string, number>;
  };
}

/**
 * Opens the dashboard `runs` times (plus a warm-up that fills the server's caches, not the browser's) in a
 * fresh context each, and reads the figures from the page's clock (performance.now(), origin = navigation
 * start) and its Resource Timing entries.
 */
export async function measureDashboard(
  browser: Browser,
  storageState: StorageState,
  baseUrl: string,
  options: { period: string; block: string; runs: number; log: (line: string) => void },
): Promise<DashboardResult> {
  const url = `${baseUrl}/app/dashboard?period=${options.period}&block=${options.block}`;
  const data = await describeData(browser, storageState, baseUrl, options.period);
  const runs: DashboardRun[] = [];
  for (let run = 0; run <= options.runs; run += 1) {
    const context = await freshContext(browser, storageState);
    try {
      const page = await context.newPage();
      const measured = await firstRender(page, url);
      const line =
        `dashboard ${run === 0 ? 'warm-up' : `run ${run}`}: table ${measured.tableMs.toFixed(0)} ms, chart ` +
        `${measured.chartMs.toFixed(0)} ms, ${measured.requests} requests (load ${measured.load1.toFixed(2)})`;
      options.log(line);
      if (run > 0) runs.push(measured);
    } finally {
      await context.close();
    }
  }
  const charts = runs.map((run) => run.chartMs);
  const apiByPath: Record<string, number[]> = {};
  for (const run of runs) {
    for (const request of run.apiRequests) {
      const key = request.path.replace(/\?.*$/, '');
      (apiByPath[key] ??= []).push(request.endMs - request.startMs);
    }
  }
  const p95Ms = Math.round(percentile(charts, 95));
  return {
    url: url.replace(baseUrl, ''),
    data,
    runs: runs.map((run) => ({ ...run, tableMs: Math.round(run.tableMs), chartMs: Math.round(run.chartMs) })),
    medianMs: Math.round(median(charts)),
    p95Ms,
    maxMs: Math.round(Math.max(...charts)),
    tableMedianMs: Math.round(median(runs.map((run) => run.tableMs))),
    targetMs: DASHBOARD_TARGET_MS,
    met: p95Ms < DASHBOARD_TARGET_MS,
    profile: {
      requests: median(runs.map((run) => run.requests)),
      apiRequests: median(runs.map((run) => run.apiRequests.length)),
      slowestApiMs: Math.round(
        median(runs.map((run) => Math.max(0, ...run.apiRequests.map((r) => r.endMs - r.startMs)))),
      ),
      lastApiEndMs: Math.round(median(runs.map((run) => Math.max(0, ...run.apiRequests.map((r) => r.endMs))))),
      scriptBytes: median(runs.map((run) => run.scripts.reduce((sum, script) => sum + script.bytes, 0))),
      lastScriptEndMs: Math.round(median(runs.map((run) => Math.max(0, ...run.scripts.map((s) => s.endMs))))),
      apiByPath: Object.fromEntries(Object.entries(apiByPath).map(([path, ms]) => [path, Math.round(median(ms))])),
    },
  };
}

async function firstRender(page: Page, url: string): Promise<DashboardRun> {
  const load1 = loadavg()[0] ?? 0;
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const w = window as unknown as { __benchTable?: number };
      const table = document.querySelector('table[aria-label="Xếp hạng"]');
      if (w.__benchTable === undefined && (table?.querySelectorAll('tbody tr').length ?? 0) > 0) {
        w.__benchTable = performance.now();
      }
      const chart = document.querySelector('[role="img"][aria-label="Diễn biến theo quý"][aria-busy="false"]');
      const canvas = chart?.querySelector('canvas');
      if (w.__benchTable === undefined || canvas === null || canvas === undefined) return false;
      if (canvas.getBoundingClientRect().width <= 0) return false;
      const at = performance.now();
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const describe = (entry: PerformanceResourceTiming) => ({
        path: new URL(entry.name).pathname + new URL(entry.name).search,
        startMs: Math.round(entry.startTime),
        endMs: Math.round(entry.responseEnd),
        bytes: entry.encodedBodySize,
      });
      return {
        tableMs: w.__benchTable,
        chartMs: at,
        requests: entries.length + 1,
        apiRequests: entries.filter((entry) => !new URL(entry.name).pathname.startsWith('/app/')).map(describe),
        scripts: entries
          .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
          .map(describe),
      };
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const measured = (await handle.jsonValue()) as Omit<DashboardRun, 'load1'>;
  return { ...measured, load1 };
}

/** How much the dashboard stands on: units ranked in the quarter, quarters with data in the province series. */
async function describeData(browser: Browser, storageState: StorageState, baseUrl: string, period: string) {
  const context = await freshContext(browser, storageState);
  try {
    const rankings = (await (await context.request.get(`${baseUrl}/rankings/${period}`)).json()) as {
      units: unknown[];
    };
    const series = (await (
      await context.request.get(`${baseUrl}/series?scope=province&from=2021-Q1&to=${period}`)
    ).json()) as { points: { period: string; unitCount: number }[] };
    const reported = series.points.filter((point) => point.unitCount > 0);
    const span = reported.length > 0 ? ` (${reported[0]?.period}…${reported[reported.length - 1]?.period})` : '';
    return `${rankings.units.length} units × ${reported.length} quarters${span}`;
  } finally {
    await context.close();
  }
}
