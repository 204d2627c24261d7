import AxeBuilder from '@axe-core/playwright';
import { expect, request, test as base, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots every spec writes (var/browser/screenshots); README pictures are copied from here. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../var/browser/screenshots');

interface AccountEntry {
  username: string;
  password: string;
  role: string;
  unit?: string;
}

/** The demo accounts the global setup seeded, with their passwords. */
export function accounts(): AccountEntry[] {
  const file = process.env.DTI_BROWSER_ACCOUNTS;
  if (!file) throw new Error('DTI_BROWSER_ACCOUNTS is not set: run through test/browser/playwright.config.ts');
  return JSON.parse(readFileSync(file, 'utf8')) as AccountEntry[];
}

export function account(username: string): AccountEntry {
  const found = accounts().find((entry) => entry.username === username);
  if (!found) throw new Error(`No seeded account ${username}`);
  return found;
}

/** Logs in through the login page, as a person would. */
export async function logIn(page: Page, username: string, next = '/app/'): Promise<void> {
  await page.goto(`/app/login?next=${encodeURIComponent(next.replace(/^\/app/, ''))}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(account(username).password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/app\/login/);
}

/** An API client with a bearer token, to arrange data quickly (the browser is for what is under test). */
export async function apiAs(username: string, baseURL: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const response = await anonymous.post('/auth/login', { data: { username, password: account(username).password } });
  expect(response.ok(), await response.text()).toBeTruthy();
  const { accessToken } = (await response.json()) as { accessToken: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
}

/** A full-page screenshot under var/browser/screenshots/<name>.png. Look at them. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** axe-core: no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/**
 * Chooses `title` in an antd Select: opens it, clicks the option and waits for the list to close. A click that
 * lands while the list is still animating open is lost (the option only takes the hover) and the open list
 * then covers what comes next; so the whole choice is retried until the list has closed.
 */
export async function chooseOption(page: Page, select: Locator, title: string): Promise<void> {
  const option = page.locator(`.ant-select-item-option[title="${title}"]`);
  await expect(async () => {
    if (!(await option.isVisible())) await select.click();
    await option.click({ timeout: 2_000 });
    await expect(option).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Confirms a reason dialog with no reason and waits for `message` (the required-reason refusal). A click that
 * lands while the dialog still animates open can be lost (seen in CI), so the click is repeated until the
 * refusal shows; a repeated click is harmless, the dialog refuses again.
 */
export async function confirmWithoutReason(dialog: Locator, confirm: string, message: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(async () => {
    await dialog.getByRole('button', { name: confirm }).click({ timeout: 2_000 });
    await expect(dialog.getByText(message)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** A small, valid one-page PDF (the server reads the type from the bytes). */
export function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 18 Tf 24 72 Td (${text}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const test = base;
export { expect };
