/**
 * `npm run bench:web`: the leadership dashboard's first render in Chromium — from navigation to the
 * rankings table ("Xếp hạng") with its rows and the trend chart ("Diễn biến theo quý") drawn with its
 * figures (its container no longer aria-busy, its canvas laid out).
 *
 *   npm run bench:web                                   # starts the browser tests' system (demo province)
 *   npm run bench:web -- --url http://127.0.0.1:3000 --password '…'   # against a running system
 *   npm run bench:web -- --runs 10 --period 2025-Q4 --block district
 *
 * Needs the built system (`npm run build`) when it starts its own. Each run opens a fresh browser context
 * (cold HTTP cache, the session cookie kept) and reads the time from the page's own clock
 * (performance.now(), whose origin is the navigation start). Prints the runs and writes
 * var/bench/web-dashboard.json. The figure is reported in BENCHMARKS.md ("Web dashboard").
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { Command } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const TARGET_MS = 1500;

interface Options {
  url?: string;
  user: string;
  password?: string;
  period: string;
  block: string;
  runs: number;
  out: string;
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--url <url>', 'a running system (API serving the web app); started from dist/ when omitted')
    .option('--user <username>', 'a leadership account', 'leader')
    .option('--password <password>', 'its password (default: the accounts file of the system started here)')
    .option('--period <quarter>', 'the quarter to open', '2025-Q4')
    .option('--block <block>', 'department or district', 'department')
    .option('--runs <n>', 'measured runs (after one warm-up)', (value) => Number(value), 7)
    .option('--out <file>', 'where the JSON goes', join(ROOT, 'var/bench/web-dashboard.json'))
    .parse()
    .opts<Options>();

  let teardown: (() => Promise<void>) | undefined;
  let baseUrl = options.url;
  let password = options.password ?? process.env.DTI_BENCH_PASSWORD;
  if (baseUrl === undefined) {
    process.env.DTI_BROWSER_PORT ??= String(3600 + (process.pid % 200) * 2);
    process.stdout.write(`Starting the system (demo province) on port ${process.env.DTI_BROWSER_PORT}…\n`);
    const { default: globalSetup } = await import('../test/browser/support/global-setup');
    teardown = await globalSetup();
    baseUrl = `http://127.0.0.1:${process.env.DTI_BROWSER_PORT}`;
    const accounts = JSON.parse(readFileSync(process.env.DTI_BROWSER_ACCOUNTS ?? '', 'utf8')) as {
      username: string;
      password: string;
    }[];
    password ??= accounts.find((entry) => entry.username === options.user)?.password;
  }
  if (password === undefined) throw new Error(`No password for ${options.user}: pass --password`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const storageState = await logIn(browser, baseUrl, options.user, password);
    const url = `${baseUrl}/app/dashboard?period=${options.period}&block=${options.block}`;
    const dataSize = await describeData(browser, storageState, baseUrl, options);
    const timings: number[] = [];
    for (let run = 0; run <= options.runs; run++) {
      const context = await browser.newContext({
        storageState,
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
      });
      const page = await context.newPage();
      const ms = await firstRender(page, url);
      await context.close();
      if (run === 0) {
        process.stdout.write(`warm-up: ${ms.toFixed(0)} ms\n`);
        continue;
      }
      timings.push(ms);
      process.stdout.write(`run ${run}: ${ms.toFixed(0)} ms\n`);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const max = sorted[sorted.length - 1];
    const result = {
      date: new Date().toISOString(),
      url: url.replace(baseUrl, ''),
      data: dataSize,
      runs: timings.map((ms) => Math.round(ms)),
      medianMs: Math.round(median),
      maxMs: Math.round(max),
      targetMs: TARGET_MS,
      met: max < TARGET_MS,
      machine: `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load ${loadavg()[0].toFixed(2)}`,
      browser: `Chromium ${browser.version()}`,
    };
    mkdirSync(resolve(options.out, '..'), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `${result.data}: median ${result.medianMs} ms, max ${result.maxMs} ms (target < ${TARGET_MS} ms: ` +
        `${result.met ? 'met' : 'NOT met'}) → ${options.out}\n`,
    );
  } finally {
    await browser.close();
    await teardown?.();
  }
}

async function logIn(browser: Browser, baseUrl: string, username: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/app/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'));
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Navigation start → the ranking's rows and the drawn trend chart, on the page's own clock. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const table = document.querySelector('table[aria-label="Xếp hạng"]');
      const chart = document.querySelector('[role="img"][aria-label="Diễn biến theo quý"][aria-busy="false"]');
      const canvas = chart?.querySelector('canvas');
      const rows = table?.querySelectorAll('tbody tr').length ?? 0;
      return rows > 0 && canvas !== null && canvas !== undefined && canvas.getBoundingClientRect().width > 0
        ? performance.now()
        : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** How much the dashboard shows: units in the quarter, quarters with data in the province series. */
async function describeData(
  browser: Browser,
  storageState: Awaited<ReturnType<typeof logIn>>,
  baseUrl: string,
  options: Options,
): Promise<string> {
  const context = await browser.newContext({ storageState });
  try {
    const rankings = (await (await context.request.get(`${baseUrl}/rankings/${options.period}`)).json()) as {
      units: unknown[];
    };
    const series = (await (
      await context.request.get(`${baseUrl}/series?scope=province&from=2021-Q1&to=${options.period}`)
    ).json()) as { points: { unitCount: number }[] };
    const quarters = series.points.filter((point) => point.unitCount > 0).length;
    return `${rankings.units.length} units × ${quarters} quarters`;
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
