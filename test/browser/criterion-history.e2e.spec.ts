import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { apiAs, expect, expectAccessible, logIn, screenshot, test } from './support/fixtures';

/**
 * A criterion's history longer than GET /assessments carries (its latest 3 entries, issue #12): the quarter
 * and review pages show the latest and load the older ones from GET …/criteria/{criterion}/history with the
 * button "Tải thêm lịch sử cũ hơn", by mouse and by keyboard. This file's unit is Sở Y tế (SYT), used by no
 * other browser spec, in the current quarter.
 */
const UNIT = 'SYT';
const SUBMITTER = 'sub-syt';
const ROUNDS = 4; // 4 submissions rejected, then one pending: 9 entries, 6 older than the view's 3

function currentQuarter(): string {
  const local = new Date(Date.now() + 7 * 3600_000);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}
const PERIOD = currentQuarter();

async function submit(client: APIRequestContext, criterion: string, b: number): Promise<string> {
  const response = await client.post(`/assessments/${UNIT}/${PERIOD}/criteria/${criterion}/submissions`, {
    data: { inputs: { a: 300, b } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { submissionId: string }).submissionId;
}

/** The queue's row of the unit's criterion (contract: a row holds the unit code and the criterion code). */
const rowOf = (page: Page, criterion: string): Locator =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell').filter({ hasText: new RegExp(`^${UNIT}`) }) })
    .filter({
      has: page.getByRole('gridcell').filter({ hasText: new RegExp(`^${criterion.replace(/\./g, '\\.')} `) }),
    });

test.describe('a criterion’s older history, a page at a time', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test.beforeAll(async ({ baseURL }) => {
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    const reviewer = await apiAs('reviewer', baseURL ?? '');
    for (let n = 1; n <= ROUNDS; n += 1) {
      const id = await submit(submitter, '7.1.1', n);
      // The review queue follows the commands through the projector: wait until the submission is there.
      await expect
        .poll(async () => (await reviewer.get(`/review-queue?unit=${UNIT}&period=${PERIOD}`)).text(), {
          timeout: 20_000,
        })
        .toContain(id);
      const rejected = await reviewer.post(`/assessments/${UNIT}/${PERIOD}/submissions/${id}/reject`, {
        data: { reason: `Lần ${n}: thiếu văn bản chứng minh` },
      });
      expect(rejected.status(), await rejected.text()).toBe(200);
    }
    await submit(submitter, '7.1.1', ROUNDS + 1);
  });

  test('the quarter page shows the latest 3 entries and loads the 6 older ones with the button', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    const history = page.getByRole('button', { name: /Lịch sử \(9\)/ });
    await expect(history).toBeVisible({ timeout: 30_000 });
    await history.click();
    const list = page.getByRole('list', { name: 'Lịch sử tiêu chí 7.1.1' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list).not.toContainText('Lần 1: thiếu văn bản chứng minh');

    const older = page.getByRole('button', { name: 'Tải thêm lịch sử cũ hơn (còn 6)' });
    await screenshot(page, 'criterion-history-quarter-latest');
    await older.click();
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list.getByRole('listitem').nth(1)).toContainText('Lần 1: thiếu văn bản chứng minh');
    // All are in: the button goes and the focus is on the list, not lost.
    await expect(page.getByRole('button', { name: /Tải thêm lịch sử cũ hơn/ })).toHaveCount(0);
    await expect(list).toBeFocused();
    await expectAccessible(page);
    await screenshot(page, 'criterion-history-quarter');
  });

  test('the review page: the row’s history loads its older entries from the keyboard', async ({ page }) => {
    await logIn(page, 'reviewer2', `/app/review?unit=${UNIT}&period=${PERIOD}`);
    const row = rowOf(page, '7.1.1');
    await expect(row).toHaveCount(1, { timeout: 30_000 });
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    const list = row.getByRole('list', { name: 'Lịch sử tiêu chí 7.1.1' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    const older = row.getByRole('button', { name: 'Tải thêm lịch sử cũ hơn (còn 6)' });
    await older.focus();
    await page.keyboard.press('Enter');
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list).toBeFocused();
    await expect(row).toContainText('Lần 1: thiếu văn bản chứng minh');
    await screenshot(page, 'criterion-history-review');
  });

  test('in English: the same button and list, by their English names', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    await page.getByRole('button', { name: 'English' }).click();
    const history = page.getByRole('button', { name: /History \(9\)/ });
    await expect(history).toBeVisible({ timeout: 30_000 });
    await history.click();
    const list = page.getByRole('list', { name: 'History of criterion 7.1.1' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await screenshot(page, 'criterion-history-quarter-en');
    await page.getByRole('button', { name: 'Load older history (6 more)' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list).toBeFocused();
    await expectAccessible(page);
  });
});
