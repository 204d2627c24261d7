import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { freshContext, median, type StorageState } from './browser';

export interface ReviewRun {
  /** Navigation start → the first queue row visible (page clock). */
  firstRowMs: number;
  /** The count the page shows and the rows it keeps in the DOM meanwhile (the virtualised window). */
  pending: number;
  rowsInDom: number;
  /** keydown End on the first row → the last item's row rendered and focused. */
  endKeyMs: number;
  rowsInDomAtEnd: number;
  /** keydown j → the next row focused, median and max over `steps` presses. */
  jStepMedianMs: number;
  jStepMaxMs: number;
  /** Scrolling the whole list from top to bottom, a step per frame: frames, long tasks during it. */
  scroll: {
    ms: number;
    frames: number;
    longTasks: number;
    longTaskMs: number;
    longestTaskMs: number;
    maxRowsInDom: number;
  };
  /** click "Duyệt" → the row gone from the DOM, per approval. */
  approveMs: number[];
  /** GET /review-queue as the page made it: sent, answered (page clock), the server's wait, body bytes. */
  queueRequest: { startMs: number; endMs: number; waitMs: number; bytes: number } | null;
  /** Long tasks from navigation until the first row (parsing, the queue's JSON, the first render). */
  loadLongTasks: { count: number; totalMs: number; longestMs: number };
  load1: number;
}

export interface ReviewResult {
  url: string;
  runs: ReviewRun[];
  summary: {
    pending: number;
    firstRowMedianMs: number;
    queueAnswerMedianMs: number;
    rowsInDomMax: number;
    endKeyMedianMs: number;
    jStepMedianMs: number;
    scrollLongTasksMedian: number;
    scrollLongestTaskMaxMs: number;
    approveMedianMs: number;
    approvals: number;
  };
}

/** Long tasks observed from the start of the page, kept on window for the bench to read. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser: the bench reports none
  }
};

/**
 * The review queue with thousands of pending items (issue #9: "stays responsive with 2,000 pending items"),
 * as a reviewer uses it: open the page, jump to the end with the keyboard, step with j, scroll the whole list,
 * approve a few rows. Each run is a fresh browser context; approvals consume pending items of the arranged
 * system, so the count falls a little from run to run.
 */
export async function measureReview(
  browser: Browser,
  storageState: StorageState,
  baseUrl: string,
  options: { runs: number; approvals: number; steps: number; log: (line: string) => void },
): Promise<ReviewResult> {
  const url = `${baseUrl}/app/review`;
  const runs: ReviewRun[] = [];
  for (let run = 0; run <= options.runs; run += 1) {
    const context = await freshContext(browser, storageState);
    try {
      const page = await context.newPage();
      await page.addInitScript(OBSERVE_LONG_TASKS);
      const measured = await reviewRun(page, url, options);
      options.log(
        `review ${run === 0 ? 'warm-up' : `run ${run}`}: ${measured.pending} pending, first row ${measured.firstRowMs} ms, ` +
          `(queue answered in ${measured.queueRequest ? measured.queueRequest.endMs - measured.queueRequest.startMs : '?'} ms), ` +
          `${measured.rowsInDom} rows in the DOM, End ${measured.endKeyMs} ms, j ${measured.jStepMedianMs} ms, ` +
          `scroll ${measured.scroll.longTasks} long tasks (longest ${measured.scroll.longestTaskMs} ms), ` +
          `approve ${measured.approveMs.join('/')} ms (load ${measured.load1.toFixed(2)})`,
      );
      if (run > 0) runs.push(measured);
    } finally {
      await context.close();
    }
  }
  return {
    url: '/app/review',
    runs,
    summary: {
      pending: Math.max(...runs.map((run) => run.pending)),
      firstRowMedianMs: Math.round(median(runs.map((run) => run.firstRowMs))),
      queueAnswerMedianMs: Math.round(
        median(runs.map((run) => (run.queueRequest ? run.queueRequest.endMs - run.queueRequest.startMs : Number.NaN))),
      ),
      rowsInDomMax: Math.max(
        ...runs.map((run) => Math.max(run.rowsInDom, run.rowsInDomAtEnd, run.scroll.maxRowsInDom)),
      ),
      // -1: the key's row never took the focus (see timedKey); left out of the medians.
      endKeyMedianMs: Math.round(median(runs.map((run) => run.endKeyMs).filter((ms) => ms >= 0))),
      jStepMedianMs: Math.round(median(runs.map((run) => run.jStepMedianMs).filter((ms) => ms >= 0))),
      scrollLongTasksMedian: median(runs.map((run) => run.scroll.longTasks)),
      scrollLongestTaskMaxMs: Math.max(...runs.map((run) => run.scroll.longestTaskMs)),
      approveMedianMs: Math.round(median(runs.flatMap((run) => run.approveMs))),
      approvals: runs.reduce((sum, run) => sum + run.approveMs.length, 0),
    },
  };
}

async function reviewRun(page: Page, url: string, options: { approvals: number; steps: number }): Promise<ReviewRun> {
  const load1 = loadavg()[0] ?? 0;
  await page.goto(url, { waitUntil: 'commit' });
  const first = await page.waitForFunction(
    () => {
      const row = document.querySelector('[role="grid"] [role="row"]');
      if (row === null || row.getBoundingClientRect().height <= 0) return false;
      const status = document.querySelector('.review-count')?.textContent ?? '';
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      const at = performance.now();
      const tasks = w.__longTasks.filter((task) => task.start < at);
      const queue = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        new URL(entry.name).pathname.startsWith('/review-queue'),
      );
      return {
        at,
        queueRequest:
          queue === undefined
            ? null
            : {
                startMs: Math.round(queue.startTime),
                endMs: Math.round(queue.responseEnd),
                waitMs: Math.round(queue.responseStart - queue.requestStart),
                bytes: queue.encodedBodySize,
              },
        rows: document.querySelectorAll('[role="grid"] [role="row"]').length,
        total: Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? 0),
        status,
        loadLongTasks: {
          count: tasks.length,
          totalMs: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)),
          longestMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
        },
      };
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const opened = (await first.jsonValue()) as {
    at: number;
    rows: number;
    total: number;
    queueRequest: ReviewRun['queueRequest'];
    loadLongTasks: ReviewRun['loadLongTasks'];
  };

  // Keyboard: the first row focused, End → the last item rendered and focused.
  await page.locator('[role="grid"] [role="row"][data-index="0"]').focus();
  const endKeyMs = await timedKey(page, 'End', (total) => `[role="row"][data-index="${total - 1}"]`);
  const rowsInDomAtEnd = await page.locator('[role="grid"] [role="row"]').count();
  // Back to the top, then j a number of times.
  await page.keyboard.press('Home');
  await page
    .waitForFunction(() => document.activeElement?.getAttribute('data-index') === '0', undefined, { timeout: 30_000 })
    .catch(() => page.locator('[role="grid"] [role="row"][data-index="0"]').focus());
  const steps: number[] = [];
  for (let step = 1; step <= options.steps; step += 1) {
    steps.push(await timedKey(page, 'j', () => `[role="row"][data-index="${step}"]`));
  }

  // Scroll the whole list, 600 px a frame, counting frames and long tasks meanwhile.
  const scroll = await page.evaluate(
    () =>
      new Promise<ReviewRun['scroll']>((resolve) => {
        const grid = document.querySelector<HTMLElement>('[role="grid"]');
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        if (grid === null) throw new Error('no grid');
        grid.scrollTop = 0;
        const started = performance.now();
        let frames = 0;
        let maxRows = 0;
        const tick = () => {
          frames += 1;
          maxRows = Math.max(maxRows, grid.querySelectorAll('[role="row"]').length);
          if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1) {
            // Two more frames: the last window rendered, its long task (if any) recorded.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const ended = performance.now();
                const tasks = w.__longTasks.filter((task) => task.start >= started && task.start <= ended);
                resolve({
                  ms: Math.round(ended - started),
                  frames,
                  longTasks: tasks.length,
                  longTaskMs: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)),
                  longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
                  maxRowsInDom: maxRows,
                });
              }),
            );
            return;
          }
          grid.scrollTop += 600;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

  // Approvals: click "Duyệt" on the top row → that row gone.
  await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="grid"]');
    if (grid) grid.scrollTop = 0;
  });
  const approveMs: number[] = [];
  for (let n = 0; n < options.approvals; n += 1) {
    const row = page.locator('[role="grid"] [role="row"][data-index="0"]');
    await row.getByRole('button', { name: 'Duyệt' }).waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => !document.querySelector('[role="row"][data-index="0"] button')?.hasAttribute('disabled'),
    );
    const id = await row.getAttribute('data-submission');
    await page.evaluate(() => {
      const w = window as unknown as { __clickAt?: number };
      delete w.__clickAt;
      document.addEventListener('click', (event) => (w.__clickAt = event.timeStamp), { capture: true, once: true });
    });
    await row.getByRole('button', { name: 'Duyệt' }).click();
    const gone = await page.waitForFunction(
      (submission) => {
        const w = window as unknown as { __clickAt?: number };
        if (w.__clickAt === undefined) return false;
        return document.querySelector(`[role="row"][data-submission="${submission}"]`) === null
          ? performance.now() - w.__clickAt
          : false;
      },
      id,
      { polling: 'raf', timeout: 60_000 },
    );
    approveMs.push(Math.round((await gone.jsonValue()) as number));
  }

  return {
    firstRowMs: Math.round(opened.at),
    pending: opened.total,
    rowsInDom: opened.rows,
    endKeyMs,
    rowsInDomAtEnd,
    jStepMedianMs: Math.round(median(steps.filter((ms) => ms >= 0))),
    jStepMaxMs: Math.round(Math.max(...steps)),
    scroll,
    approveMs,
    queueRequest: opened.queueRequest,
    loadLongTasks: opened.loadLongTasks,
    load1,
  };
}

/** Presses a key and times, on the page's clock, from its keydown to the wanted row focused. */
async function timedKey(page: Page, key: string, selectorOf: (total: number) => string): Promise<number> {
  const total = Number(await page.locator('[role="grid"]').getAttribute('aria-rowcount'));
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt?: number };
    delete w.__keyAt;
    document.addEventListener('keydown', (event) => (w.__keyAt = event.timeStamp), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  const handle = await page
    .waitForFunction(
      (selector) => {
        const w = window as unknown as { __keyAt?: number };
        const row = document.querySelector(selector);
        return w.__keyAt !== undefined && row !== null && document.activeElement === row
          ? performance.now() - w.__keyAt
          : false;
      },
      selectorOf(total),
      { polling: 'raf', timeout: 30_000 },
    )
    .catch(() => null);
  // Never reached: the page lost the focus (reported as -1, the run goes on so the other figures are kept).
  return handle === null ? -1 : Math.round((await handle.jsonValue()) as number);
}
