import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { summarizeCpuProfile, type ProfileSummary } from '../summarize-cpu-profile';
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
  /** The renderer's main thread until then (CDP Performance.getMetrics): busy, script, layout, style, ms. */
  mainThread: { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number };
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
    mainThread: DashboardRun['mainThread'];
    /** One more run under the CDP sampling profiler: self time per script and the top functions. */
    cpuProfile?: {
      file: string;
      totalMs: number;
      files: ProfileSummary['files'];
      functions: ProfileSummary['functions'];
    };
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
  options: { period: string; block: string; runs: number; profileDir?: string; log: (line: string) => void },
): Promise<DashboardResult> {
  const url = `${baseUrl}/app/dashboard?period=${options.period}&block=${options.block}`;
  const data = await describeData(browser, storageState, baseUrl, options.period);
  const runs: DashboardRun[] = [];
  for (let run = 0; run <= options.runs; run += 1) {
    const context = await freshContext(browser, storageState);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const measured = await firstRender(page, url, cdp);
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
  const cpuProfile =
    options.profileDir === undefined ? undefined : await profiledRun(browser, storageState, url, options.profileDir);
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
      mainThread: {
        taskMs: median(runs.map((run) => run.mainThread.taskMs)),
        scriptMs: median(runs.map((run) => run.mainThread.scriptMs)),
        layoutMs: median(runs.map((run) => run.mainThread.layoutMs)),
        styleMs: median(runs.map((run) => run.mainThread.styleMs)),
      },
      ...(cpuProfile ? { cpuProfile } : {}),
    },
  };
}

async function firstRender(page: Page, url: string, cdp: CDPSession): Promise<DashboardRun> {
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
  const measured = (await handle.jsonValue()) as Omit<DashboardRun, 'load1' | 'mainThread'>;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const ms = (name: string) => Math.round((metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000);
  const mainThread = {
    taskMs: ms('TaskDuration'),
    scriptMs: ms('ScriptDuration'),
    layoutMs: ms('LayoutDuration'),
    styleMs: ms('RecalcStyleDuration'),
  };
  return { ...measured, mainThread, load1 };
}

/** A run under the renderer's sampling profiler (CDP Profiler), summarised per script and function. */
async function profiledRun(browser: Browser, storageState: StorageState, url: string, dir: string) {
  const context = await freshContext(browser, storageState);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await firstRender(page, url, cdp);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `dashboard-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const summary = summarizeCpuProfile(file, 15);
    return { file, totalMs: summary.totalMs, files: summary.files.slice(0, 12), functions: summary.functions };
  } finally {
    await context.close();
  }
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
