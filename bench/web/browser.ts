import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium with the browser tests' flags (test/browser/playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Logs in through the login page once; each run then opens a fresh context with the session cookie. */
export async function logIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/app/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/app/login'));
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** A fresh context (cold HTTP cache, the session kept), as the browser tests see the app. */
export function freshContext(browser: Browser, storageState: StorageState): Promise<BrowserContext> {
  return browser.newContext({
    storageState,
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
}

/** Nearest-rank percentile (p95 of 7 runs is the slowest). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
