import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Logger } from 'nestjs-pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { configureHttpEdge } from '@dti/platform';
import { AppModule } from '../../apps/api/src/app.module';
import { setupOpenApi } from '../../apps/api/src/openapi';
import { startApiTestApp, type ApiTestApp } from './support';

const CHROMIUM = '/usr/bin/chromium';

/**
 * The Content-Security-Policy must not break the pages the API serves: Swagger UI at /docs and bull-board
 * at /admin/queues render in a real browser with no CSP violation (bull-board's Google Fonts stylesheet
 * excepted: refused on purpose, see http-edge.ts).
 */
(existsSync(CHROMIUM) ? describe : describe.skip)('Security headers in a browser (e2e, chromium)', () => {
  let api: ApiTestApp;
  let app: INestApplication;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    api = await startApiTestApp({ seedUnits: true });
    // As main.ts boots it (the edge, then OpenAPI), on the harness's settings, listening on a free port.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    configureHttpEdge(app);
    setupOpenApi(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await api?.close();
  });

  /** Console messages and page errors that mention the Content Security Policy. */
  function cspViolations(page: Page): string[] {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
    return violations;
  }

  it.each(['/docs', '/docs/'])('renders Swagger UI at %s without a CSP violation', async (path) => {
    const page = await browser.newPage();
    const violations = cspViolations(page);
    const response = await page.goto(`${base}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 30_000 });
    expect(await page.textContent('.swagger-ui .info .title')).toContain('dti-huế API');
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('renders bull-board at /admin/queues for an admin session, refusing only its third-party font stylesheet', async () => {
    const token = await api.login('admin');
    const context = await browser.newContext();
    // The browser's way in (README, "Operating the read side"): POST the session with the bearer header.
    const session = await context.request.post(`${base}/admin/queues/session`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(session.ok()).toBe(true);
    const page = await context.newPage();
    const violations = cspViolations(page);
    await page.goto(`${base}/admin/queues`);
    await page.waitForFunction(() => !document.body.innerText.includes('Loading'), undefined, { timeout: 30_000 });
    expect(await page.locator('#root').innerText()).toMatch(/projections|Queues|Overview/i);
    expect(violations.filter((text) => !text.includes('fonts.googleapis.com'))).toEqual([]);
    // The one expected refusal shows the listener does see CSP violations.
    expect(violations.some((text) => text.includes('fonts.googleapis.com'))).toBe(true);
    await context.close();
  });
});
