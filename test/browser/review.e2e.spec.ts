import { request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  apiAs,
  chooseOption,
  confirmWithoutReason,
  expect,
  expectAccessible,
  logIn,
  screenshot,
  SCREENSHOT_DIR,
  test,
  tinyPdf,
} from './support/fixtures';

/**
 * The reviewer's page (/app/review) in Chromium, with the submitter's half on the quarter page. This
 * file's units are Sở Giao thông vận tải (SGTVT: the story) and Sở Xây dựng (SXD: 2,000 pending items),
 * used by no other browser spec.
 */
const UNIT = 'SGTVT';
const SUBMITTER = 'sub-sgtvt';
const BULK_UNIT = 'SXD';
const BULK_SUBMITTER = 'sub-sxd';
/** Pending items of the long-queue check: many times the rows a window renders. */
const LONG_QUEUE = 300;

/** The province's current quarter (UTC+7), as the app computes it, and the one before. */
function quarterAt(shift: number): string {
  const local = new Date(Date.now() + 7 * 3600_000);
  const index = local.getUTCFullYear() * 4 + Math.floor(local.getUTCMonth() / 3) + shift;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
const PERIOD = quarterAt(0);
const SIDE_PERIOD = quarterAt(-1);
const [YEAR, Q] = PERIOD.split('-Q').map(Number);
const QUARTER_START = `${YEAR}-${String((Q - 1) * 3 + 1).padStart(2, '0')}-01`;

async function submit(
  client: APIRequestContext,
  unit: string,
  period: string,
  criterion: string,
  data: object,
): Promise<string> {
  const response = await client.post(`/assessments/${unit}/${period}/criteria/${criterion}/submissions`, { data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { submissionId: string }).submissionId;
}

/** Sở GTVT's plan row (Phụ lục 3, project E.6) and the quarter its report is for (before the demo's 2025-Q4). */
const PLAN_ROW = 'E.6';
const PLAN_PERIOD = '2025-Q3';

/** The queue's row of a plan report: the unit code, then the marked row ("Báo cáo Kế hoạch", "Dự án E.6"). */
const planRowOf = (page: Page, unit: string, row: string): Locator =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell').filter({ hasText: new RegExp(`^${unit}`) }) })
    .filter({ has: page.getByRole('gridcell').filter({ hasText: row }) });

/** Until the plan reports awaiting review in PLAN_PERIOD number `count` (the read model follows the commands). */
async function waitForPlanQueue(client: APIRequestContext, count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await client.get(`/plans/tth-222/review-queue?unit=${UNIT}&period=${PLAN_PERIOD}`);
        return ((await response.json()) as { total: number }).total;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
}

/** The queue's row of a unit's criterion (contract: a row holds the unit code and the criterion code). */
const rowOf = (page: Page, unit: string, criterion: string): Locator =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell').filter({ hasText: new RegExp(`^${unit}`) }) })
    .filter({
      has: page.getByRole('gridcell').filter({ hasText: new RegExp(`^${criterion.replace(/\./g, '\\.')} `) }),
    });

const criterionHeader = (page: Page, code: string): Locator => page.locator(`#criterion-${code.replace(/\./g, '-')}`);

/** A bearer client for an account this file created (apiAs knows the seeded accounts only). */
async function bearer(baseURL: string, username: string, password: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const login = await anonymous.post('/auth/login', { data: { username, password } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const { accessToken } = (await login.json()) as { accessToken: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
}

async function logInAs(page: Page, username: string, password: string, next: string): Promise<void> {
  await page.goto(`/app/login?next=${encodeURIComponent(next.replace(/^\/app/, ''))}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/app\/login/);
}

test.describe('the review page: reviewers work through the queue', () => {
  // A slow shared machine: a story step logs in two or three people.
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  const reason = 'Thiếu văn bản phân công cán bộ chuyên trách CNTT của Sở';

  test('a submission with a PDF is rejected with a reason in the dialog; the submitter reads it and resubmits', async ({
    page,
    browser,
    baseURL,
  }) => {
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    const upload = await submitter.post('/evidence', {
      multipart: { file: { name: 'bao-cao-7.1.1.pdf', mimeType: 'application/pdf', buffer: tinyPdf('7.1.1 SGTVT') } },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const { sha256 } = (await upload.json()) as { sha256: string };
    await submit(submitter, UNIT, PERIOD, '7.1.1', {
      inputs: { a: 250, b: 20 },
      evidence: [{ documentNumber: '21/BC-SGTVT', documentDate: QUARTER_START, signer: 'Trần Thị Bình', sha256 }],
    });
    await submitter.dispose();

    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${PERIOD}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Danh sách chờ duyệt' })).toBeVisible();
    const row = rowOf(page, UNIT, '7.1.1');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Tỷ lệ cán bộ chuyên trách CNTT');
    await expect(row).toContainText('a = 250');
    await expect(row).toContainText('b = 20');
    await expect(row.getByText('3,20 điểm', { exact: true })).toBeVisible();
    await expect(row).toContainText('20/250 = 8,00%');
    await expect(row).toContainText('Giá trị chính thức hiện tại');
    await expect(row).toContainText('Chênh lệch');
    await expect(row).toContainText('+3,20 điểm');
    await expect(row).toContainText(SUBMITTER);
    await expect(page.getByText('1 số liệu chờ duyệt')).toBeVisible();
    // The report panel counts what finalizing waits for, and says so: the criteria's figures.
    await expect(page.getByText('Số liệu tiêu chí chờ duyệt: 1', { exact: true })).toBeVisible();
    // Finalizing waits for the review, and says why.
    await expect(page.getByRole('button', { name: 'Chốt báo cáo quý' })).toBeDisabled();
    await expect(page.getByText('Còn số liệu chờ duyệt')).toBeVisible();

    // The evidence opens the stored PDF in the browser.
    const link = row.getByRole('link', { name: /21\/BC-SGTVT/ });
    expect(await link.getAttribute('href')).toBe(`/evidence/${sha256}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    const file = await page.request.get(`/evidence/${sha256}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');
    expect(file.headers()['content-disposition'] ?? '').toMatch(/^inline/);

    await expectAccessible(page);
    await screenshot(page, 'review');
    mkdirSync(resolve(__dirname, '../../docs/screenshots'), { recursive: true });
    copyFileSync(join(SCREENSHOT_DIR, 'review.png'), resolve(__dirname, '../../docs/screenshots/review.png'));

    await row.getByRole('button', { name: 'Từ chối' }).click();
    const dialog = page.getByRole('dialog');
    await confirmWithoutReason(dialog, 'Xác nhận', 'Vui lòng nhập lý do');
    await dialog.getByRole('textbox', { name: 'Lý do' }).fill(reason);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, UNIT, '7.1.1')).toHaveCount(0);
    await expect(page.getByText('Không có số liệu nào chờ duyệt')).toBeVisible();

    // The submitter sees the reason beside the criterion on the quarter page, and resubmits there.
    const submitterPage = await browser.newPage({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await logIn(submitterPage, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    await expect(criterionHeader(submitterPage, '7.1.1')).toContainText('Bị từ chối');
    await expect(submitterPage.getByText(reason).first()).toBeVisible();
    const form = submitterPage.getByRole('form', { name: /^7\.1\.1 / });
    await form.locator('input[name="a"]').fill('250');
    await form.locator('input[name="b"]').fill('20');
    await expect(form.getByText('3,20 điểm', { exact: true })).toBeVisible();
    await form.getByRole('button', { name: /^Nộp( lại)?$/ }).click();
    await expect(criterionHeader(submitterPage, '7.1.1')).toContainText('Chờ duyệt');
    await submitterPage.close();
  });

  test('the reviewer sees the earlier rejection, approves with a note; the quarter shows the official 3,20', async ({
    page,
    browser,
    baseURL,
  }) => {
    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${PERIOD}`);
    const row = rowOf(page, UNIT, '7.1.1');
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await expect(row.getByText(reason)).toBeVisible();
    await expect(row).toContainText('Bị từ chối');
    await row.getByRole('textbox', { name: 'Ghi chú' }).fill('Đã đối chiếu văn bản 21/BC-SGTVT');
    await row.getByRole('button', { name: 'Duyệt' }).click();
    await expect(rowOf(page, UNIT, '7.1.1')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt 7.1.1 của SGTVT' })).toBeVisible();

    const submitterPage = await browser.newPage({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await logIn(submitterPage, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    await expect(criterionHeader(submitterPage, '7.1.1')).toContainText('Đã duyệt');
    await expect(criterionHeader(submitterPage, '7.1.1').getByText('3,20', { exact: true })).toBeVisible();
    await submitterPage.close();
  });

  test('the quarter is finalized by a reviewer and reopened, with a reason, by a lead reviewer only', async ({
    page,
    browser,
    baseURL,
  }) => {
    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${PERIOD}`);
    const finalize = page.getByRole('button', { name: 'Chốt báo cáo quý' });
    await expect(finalize).toBeEnabled();
    await finalize.click();
    await expect(page.getByText('Đã chốt (lần 1)')).toBeVisible();
    // A reviewer may not reopen: no button, and the reason.
    await expect(page.getByRole('button', { name: 'Mở lại báo cáo' })).toHaveCount(0);
    await expect(page.getByText('Chỉ trưởng nhóm thẩm định được mở lại báo cáo đã chốt')).toBeVisible();

    // axe needs a page of a context of its own (not browser.newPage()).
    const leadContext = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const lead = await leadContext.newPage();
    await logIn(lead, 'lead', `/app/review?unit=${UNIT}&period=${PERIOD}`);
    await lead.getByRole('button', { name: 'Mở lại báo cáo' }).click();
    const dialog = lead.getByRole('dialog');
    await confirmWithoutReason(dialog, 'Xác nhận', 'Vui lòng nhập lý do');
    await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Sở bổ sung minh chứng sau khi chốt');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dialog).toBeHidden();
    await expect(lead.getByText('Đã mở lại', { exact: true })).toBeVisible();
    await expect(lead.getByText(/Lần mở lại gần nhất: lead .* Sở bổ sung minh chứng sau khi chốt/)).toBeVisible();
    await expectAccessible(lead);
    await leadContext.close();
  });

  test('a reviewer cannot review their own submission: shown with the reason, without buttons', async ({
    page,
    baseURL,
  }) => {
    const admin = await apiAs('admin', baseURL ?? '');
    const username = `tdv-sgtvt-${Date.now().toString(36)}`;
    const password = 'Mật-khẩu-thử-12345';
    const created = await admin.post('/accounts', {
      data: { username, password, role: 'submitter', unit: UNIT, displayName: 'Lê Văn Cường' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const own = await bearer(baseURL ?? '', username, password);
    await submit(own, UNIT, SIDE_PERIOD, '7.1.2', { inputs: { a: 10, b: 7 } });
    await own.dispose();
    // The submitter later joins the reviewing team.
    const promoted = await admin.post(`/accounts/${username}/role`, { data: { role: 'reviewer' } });
    expect(promoted.status(), await promoted.text()).toBe(200);
    await admin.dispose();

    await logInAs(page, username, password, `/app/review?unit=${UNIT}&period=${SIDE_PERIOD}`);
    const row = rowOf(page, UNIT, '7.1.2');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Bạn không thể thẩm định số liệu do chính mình nộp');
    await expect(row.getByRole('button', { name: 'Duyệt' })).toHaveCount(0);
    await expect(row.getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
    await row.focus();
    await page.keyboard.press('a');
    await expect(rowOf(page, UNIT, '7.1.2')).toHaveCount(1);
  });

  test('inspectors and leadership get no review buttons', async ({ page }) => {
    for (const username of ['inspector', 'leader']) {
      await logIn(page, username, `/app/review?unit=${UNIT}&period=${SIDE_PERIOD}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Danh sách chờ duyệt' })).toBeVisible();
      await expect(page.getByText(/Vai trò của bạn không có quyền thẩm định số liệu/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Duyệt' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Chốt báo cáo quý' })).toHaveCount(0);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await expect(page).toHaveURL(/\/app\/login/);
    }
  });

  test('a submission replaced while the reviewer looked at it: the 409 is shown and the queue refreshed', async ({
    page,
    baseURL,
  }) => {
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    await submit(submitter, UNIT, SIDE_PERIOD, '7.1.3', { inputs: { a: 10, b: 2 } });
    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${SIDE_PERIOD}`);
    const row = rowOf(page, UNIT, '7.1.3');
    await expect(row).toContainText('b = 2');
    // Meanwhile the submitter sends newer figures.
    await submit(submitter, UNIT, SIDE_PERIOD, '7.1.3', { inputs: { a: 10, b: 9 } });
    await submitter.dispose();
    await row.getByRole('button', { name: 'Duyệt' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Số liệu này đã được thay thế bằng lần nộp mới hơn' });
    await expect(alert).toBeVisible();
    await expect(rowOf(page, UNIT, '7.1.3')).toContainText('b = 9');
    await expect(rowOf(page, UNIT, '7.1.3')).toHaveCount(1);
  });

  test('keyboard only: j/k move the focus, r opens the reject dialog, a approves; English', async ({
    page,
    baseURL,
  }) => {
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    for (const [code, count] of [
      ['1.1.1', 2],
      ['1.1.2', 3],
    ] as const) {
      await submit(submitter, UNIT, SIDE_PERIOD, code, { inputs: { count } });
    }
    await submitter.dispose();
    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${SIDE_PERIOD}`);
    await expect(page.getByText(/Phím tắt: j hoặc ↓ xuống/)).toBeVisible();
    const rows = page.getByRole('row');
    await expect(rows).toHaveCount(4); // 7.1.2 (own of another reviewer), 7.1.3, 1.1.1, 1.1.2

    // Tab from the last control above the list lands on the grid's one focusable row.
    await page.getByRole('link', { name: 'Xem trang báo cáo quý của đơn vị' }).focus();
    await page.keyboard.press('Tab');
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(rowOf(page, UNIT, '1.1.2')).toBeFocused();
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Lý do' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await rowOf(page, UNIT, '1.1.2').focus();
    await page.keyboard.press('a');
    await expect(rowOf(page, UNIT, '1.1.2')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt 1.1.2 của SGTVT' })).toBeVisible();
    // The focus stays in the list, on the row that took the reviewed one's place.
    await expect(rowOf(page, UNIT, '1.1.1')).toBeFocused();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve' }).first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'review-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  test('a plan report in the same queue, marked as such: rejected with a reason, reported again on the plan page, approved', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Sở GTVT leads project E.6 (Phụ lục 3); the demo reports each year's Q4, so this reports 2025-Q3.
    const planReason = 'Số giải ngân chưa khớp báo cáo tài chính quý 3';
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    const sent = await submitter.post(`/plans/tth-222/projects/${PLAN_ROW}/reports`, {
      data: {
        period: PLAN_PERIOD,
        progress: { phase: 'in_progress', physicalPercent: 40, disbursed: { provincial: '3000000000', other: 0 } },
      },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    await submitter.dispose();
    const reviewer = await apiAs('reviewer', baseURL ?? '');
    await waitForPlanQueue(reviewer, 1);

    await logIn(page, 'reviewer', `/app/review?unit=${UNIT}&period=${PLAN_PERIOD}`);
    const row = planRowOf(page, UNIT, `Dự án ${PLAN_ROW}`);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Báo cáo Kế hoạch');
    await expect(row).toContainText('giám sát, điều hành Giao thông thông minh');
    await expect(row).toContainText('Đang triển khai');
    await expect(row).toContainText('3.000.000.000');
    await expect(row).toContainText('Chủ trì: Sở Giao thông vận tải');
    // The report panel counts the plan reports the queue shows for the unit-quarter, apart from the criteria's figures.
    await expect(page.getByText('Báo cáo Kế hoạch chờ duyệt: 1', { exact: true })).toBeVisible();
    // The row's official value: the demo's approved report of 2024-Q4.
    await expect(row).toContainText('Quý 4/2024');
    await expectAccessible(page);
    await screenshot(page, 'review-plan');
    // "Loại" narrows the queue to the criteria's figures: the plan report leaves, and comes back with plan reports.
    await page.getByLabel('Loại').selectOption({ label: 'Số liệu tiêu chí' });
    await expect(row).toHaveCount(0);
    await page.getByLabel('Loại').selectOption({ label: 'Báo cáo Kế hoạch' });
    await expect(row).toHaveCount(1);

    await row.getByRole('button', { name: 'Từ chối' }).click();
    const dialog = page.getByRole('dialog', { name: `Từ chối báo cáo Dự án ${PLAN_ROW} của ${UNIT}` });
    await confirmWithoutReason(dialog, 'Xác nhận', 'Vui lòng nhập lý do');
    await dialog.getByRole('textbox', { name: 'Lý do' }).fill(planReason);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: `Đã từ chối báo cáo Dự án ${PLAN_ROW} của ${UNIT}` }),
    ).toBeVisible();
    await waitForPlanQueue(reviewer, 0);

    // The lead agency's submitter reads the reason on the plan page and reports again from it.
    const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const submitterPage = await context.newPage();
    await logIn(submitterPage, SUBMITTER, `/app/plan?period=${PLAN_PERIOD}&tab=reports`);
    await expect(submitterPage.getByText(`Bị từ chối: ${planReason}`)).toBeVisible();
    await submitterPage.getByRole('tab', { name: 'Dự án' }).click();
    // The table shows ten projects a page: the lead filter brings the agency's own.
    await chooseOption(
      submitterPage,
      submitterPage.getByRole('combobox', { name: 'Lọc theo Chủ trì' }),
      'Sở Giao thông vận tải',
    );
    await submitterPage.getByRole('button', { name: `Báo cáo Dự án ${PLAN_ROW}` }).click();
    const form = submitterPage.getByRole('dialog', { name: `Báo cáo tiến độ Dự án ${PLAN_ROW}` });
    await form.getByLabel('Khối lượng hoàn thành (%)').fill('40');
    await form.getByLabel('Giải ngân ngân sách tỉnh (đồng)').fill('2500000000');
    await form.getByRole('button', { name: 'Nộp' }).click();
    await expect(form).toBeHidden();
    await context.close();
    await waitForPlanQueue(reviewer, 1);

    // The reviewer sees the earlier refusal in the row's history, and approves.
    await page.reload();
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2.500.000.000');
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await expect(row.getByText(planReason)).toBeVisible();
    await row.getByRole('button', { name: 'Duyệt' }).click();
    await expect(row).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: `Đã duyệt báo cáo Dự án ${PLAN_ROW} của ${UNIT}` }),
    ).toBeVisible();
    await expect
      .poll(
        async () => {
          const projects = (await (
            await reviewer.get(`/plans/tth-222/projects?period=${PLAN_PERIOD}`)
          ).json()) as Array<{
            code: string;
            latest: { period: string; progress: { disbursed: { provincial: string } } } | null;
          }>;
          const e6 = projects.find((project) => project.code === PLAN_ROW);
          return e6?.latest === null || e6 === undefined
            ? null
            : [e6.latest.period, e6.latest.progress.disbursed.provincial];
        },
        { timeout: 20_000 },
      )
      .toEqual([PLAN_PERIOD, '2500000000']);
    await reviewer.dispose();
  });
});

test.describe('a long queue', () => {
  test('a long queue: the grid holds only a window of rows and the keyboard reaches the last', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    const reviewer = await apiAs('reviewer', baseURL ?? '');
    const catalogue = (await (await reviewer.get('/catalogues/tth-2020')).json()) as CatalogueTree;
    const criteria = leavesFor(catalogue.root, 'department');
    // LONG_QUEUE submissions through HTTP, one chain of requests per quarter (a quarter is one stream:
    // its submissions go one after the other). 2,000 this way took minutes on the shared CI machine.
    const quarters: string[] = [];
    for (let period = '2021-Q1'; quarters.length * criteria.length * 0.5 < LONG_QUEUE; period = nextQuarter(period)) {
      quarters.push(period);
    }
    const submitter = await apiAs(BULK_SUBMITTER, baseURL ?? '');
    let accepted = 0;
    await Promise.all(
      quarters.map(async (period) => {
        for (const criterion of criteria) {
          if (accepted >= LONG_QUEUE) return;
          const response = await submitter.post(
            `/assessments/${BULK_UNIT}/${period}/criteria/${criterion.code}/submissions`,
            { data: { inputs: plainInputs(criterion.inputs) } },
          );
          if (response.status() === 201) accepted++;
        }
      }),
    );
    await submitter.dispose();
    type Queue = { total: number; items: Array<{ criterion: string; period: string }> };
    const readQueue = async () =>
      (await (await reviewer.get(`/review-queue?unit=${BULK_UNIT}&limit=5000`)).json()) as Queue;
    // The queue is the read model's: another person's submissions appear once the projector has them.
    await expect.poll(async () => (await readQueue()).total, { timeout: 120_000 }).toBe(accepted);
    const queue = await readQueue();
    await reviewer.dispose();
    expect(queue.total).toBe(accepted);
    expect(queue.total).toBeGreaterThanOrEqual(LONG_QUEUE);
    const last = queue.items[queue.items.length - 1];

    await logIn(page, 'reviewer', `/app/review?unit=${BULK_UNIT}`);
    const grid = page.getByRole('grid', { name: 'Danh sách chờ duyệt' });
    await expect(grid).toHaveAttribute('aria-rowcount', String(queue.total));
    const rendered = page.getByRole('row');
    await expect(rendered.first()).toBeVisible();
    expect(await rendered.count()).toBeLessThan(40);

    await rendered.first().focus();
    for (let step = 0; step < 25; step++) await page.keyboard.press('PageDown');
    expect(await rendered.count()).toBeLessThan(40);
    await page.keyboard.press('End');
    const lastRow = page.locator(`[role=row][aria-rowindex="${queue.total}"]`);
    await expect(lastRow).toBeFocused();
    await expect(lastRow).toContainText(last.criterion);
    expect(await rendered.count()).toBeLessThan(40);
    await page.keyboard.press('Home');
    await expect(page.locator('[role=row][aria-rowindex="1"]')).toBeFocused();
  });
});

interface CatalogueTree {
  root: CatalogueNodeView;
}
interface CatalogueNodeView {
  code: string;
  appliesTo?: string[];
  inputs?: Array<{ name: string; type: string }>;
  children?: CatalogueNodeView[];
}

function leavesFor(
  root: CatalogueNodeView,
  block: string,
): Array<Required<Pick<CatalogueNodeView, 'code' | 'inputs'>>> {
  const out: Array<Required<Pick<CatalogueNodeView, 'code' | 'inputs'>>> = [];
  const visit = (node: CatalogueNodeView, applies: string[] | undefined) => {
    const here = node.appliesTo ?? applies;
    if (!node.children || node.children.length === 0) {
      if (!here || here.includes(block)) out.push({ code: node.code, inputs: node.inputs ?? [] });
      return;
    }
    for (const child of node.children) visit(child, here);
  };
  visit(root, undefined);
  return out;
}

/** Figures every rule accepts: one of each count (a part never exceeds its whole), yes, the first option. */
function plainInputs(inputs: Array<{ name: string; type: string }>): Record<string, number | string | boolean> {
  return Object.fromEntries(
    inputs.map((input) => [input.name, input.type === 'boolean' ? true : input.type === 'quantity' ? '1' : 1]),
  );
}

function nextQuarter(period: string): string {
  const [year, q] = period.split('-Q').map(Number);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}
