import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the web application, in Debian's Chromium (Playwright cannot download its own
 * browser here), against the built API and projector started as `npm start` starts them, on their own
 * schemas and ports (global-setup.ts). Run by `npm test` after the Jest suites.
 */
// Workers re-read this file: the port is fixed once, in the main process, and inherited through the env.
process.env.DTI_BROWSER_PORT ??= String(3200 + (process.pid % 400) * 2);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.spec.ts',
  // One system under test, 2 cores: specs run one file at a time; each file uses its own unit(s).
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  globalSetup: './support/global-setup.ts',
  // Per run: Playwright empties its output folder at start, and several runs may share this machine.
  outputDir: `../../var/browser/test-results/run-${process.env.DTI_BROWSER_PORT}`,
  reporter: [['list'], ['json', { outputFile: '../../var/ci/playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${process.env.DTI_BROWSER_PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
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
    },
  },
});
