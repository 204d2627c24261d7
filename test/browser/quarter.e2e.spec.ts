import type { Locator, Page } from '@playwright/test';
import { apiAs, expect, expectAccessible, logIn, screenshot, test, tinyPdf } from './support/fixtures';

/**
 * The submitter's quarter page (/app/units/{unit}/{period}) in Chromium. This file's unit is A Lưới
 * (ALUOI, district block), used by no other browser spec; it reports for the current quarter, where a
 * submitter lands.
 */
const UNIT = 'ALUOI';
const SUBMITTER = 'sub-aluoi';

/** The province's current quarter (UTC+7), as the app computes it. */
function currentQuarter(): string {
  const local = new Date(Date.now() + 7 * 3600_000);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}
const PERIOD = currentQuarter();
const [YEAR, Q] = PERIOD.split('-Q').map(Number);
/** The quarter's first day, dd/mm/yyyy: a document dated then exists by any day of the quarter. */
const QUARTER_START = `01/${String((Q - 1) * 3 + 1).padStart(2, '0')}/${YEAR}`;

const criterionHeader = (page: Page, code: string): Locator => page.locator(`#criterion-${code.replace(/\./g, '-')}`);
const formOf = (page: Page, code: string): Locator =>
  page.getByRole('form', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `) });

async function attachPdf(form: Locator, name: string): Promise<void> {
  await form.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: tinyPdf(`${name} ${Date.now()}`),
  });
  await expect(form.getByRole('link', { name: new RegExp(name.replace('.', '\\.')) })).toBeVisible();
}

async function fillDocument(form: Locator, index: number, values: { number: string; date: string; signer: string }) {
  const item = form.locator('.quarter-evidence-item').nth(index);
  await item.getByLabel('Số văn bản').fill(values.number);
  const date = item.getByLabel('Ngày văn bản');
  await date.click();
  await date.fill(values.date);
  await date.press('Enter');
  await item.getByLabel('Người ký').fill(values.signer);
  await expect(date).toHaveValue(values.date);
}

test.describe('the quarter page: a submitter reports the figures of their unit', () => {
  // Serial: each test builds on the figures the one before left. The page folds ~100 criteria on a shared
  // 2-core machine: generous bounds, no timing asserted.
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test('a submitter lands on their quarter, fills 7.1.1, sees 3,20 điểm, attaches a PDF and submits', async ({
    page,
  }) => {
    await logIn(page, SUBMITTER);
    await expect(page).toHaveURL(new RegExp(`/app/units/${UNIT}/${PERIOD}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Quý ${Q}/${YEAR}`);
    await expect(page.getByText(/Đã hoàn thành 0\/\d+ tiêu chí/)).toBeVisible();

    await page.goto(`/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    const form = formOf(page, '7.1.1');
    await expect(form).toBeVisible({ timeout: 30_000 });
    await expect(criterionHeader(page, '7.1.1')).toBeInViewport();
    await expect(criterionHeader(page, '7.1.1')).toContainText('Chưa nộp');

    await form.locator('input[name="a"]').fill('250');
    await form.locator('input[name="b"]').fill('20');
    const preview = form.getByRole('status', { name: 'Xem trước điểm' });
    await expect(preview.getByText('3,20 điểm', { exact: true })).toBeVisible();
    await expect(preview).toContainText('20/250 = 8,00%');

    // The engine's own message, at the field it concerns, while the figures cannot be scored.
    await form.locator('input[name="b"]').fill('300');
    await expect(form.getByText(/phần không thể lớn hơn tổng/).first()).toBeVisible();
    await form.locator('input[name="b"]').fill('20');
    await expect(preview.getByText('3,20 điểm', { exact: true })).toBeVisible();

    await attachPdf(form, 'bao-cao-7.1.1.pdf');
    await fillDocument(form, 0, { number: '15/BC-UBND', date: QUARTER_START, signer: 'Nguyễn Văn An' });
    await form.getByRole('button', { name: 'Nộp', exact: true }).click();
    await expect(criterionHeader(page, '7.1.1')).toContainText('Chờ duyệt');
    await expect(page.getByRole('region', { name: 'Chờ duyệt' }).getByText('15/BC-UBND')).toBeVisible();

    // The evidence link opens the stored PDF.
    const href = await page
      .getByRole('region', { name: 'Chờ duyệt' })
      .getByRole('link', { name: /bao-cao-7\.1\.1\.pdf/ })
      .getAttribute('href');
    expect(href).toMatch(/^\/evidence\/[0-9a-f]{64}$/);
    const file = await page.request.get(href ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');

    await expectAccessible(page);
    await screenshot(page, 'quarter');
  });

  test('a refusal is shown at its field and nothing typed is lost; withdrawal before review', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    const form = formOf(page, '7.1.1');
    await expect(form.locator('input[name="a"]')).toHaveValue('250');

    // Resubmitting with a document dated after today: the domain refuses it, at the date.
    await form.locator('input[name="b"]').fill('25');
    await fillDocument(form, 0, { number: '16/BC-UBND', date: `31/12/${YEAR + 1}`, signer: 'Nguyễn Văn An' });
    await form.getByRole('button', { name: 'Nộp lại' }).click();
    const dateItem = form.locator('.quarter-evidence-item').first();
    await expect(dateItem.getByText(/Minh chứng thứ 1, trường "documentDate" không hợp lệ/)).toBeVisible();
    await expect(form.locator('input[name="b"]')).toHaveValue('25');
    await expect(dateItem.getByLabel('Số văn bản')).toHaveValue('16/BC-UBND');
    await expect(criterionHeader(page, '7.1.1')).toContainText('Chờ duyệt');

    await page.getByRole('region', { name: 'Chờ duyệt' }).getByRole('button', { name: 'Rút lại' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Rút lại' }).click();
    await expect(criterionHeader(page, '7.1.1')).toContainText('Đã rút');
    await expect(form.getByRole('button', { name: 'Nộp lại' })).toBeVisible();
  });

  test('declaring a criterion not applicable, with its reason', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.2`);
    await expect(formOf(page, '7.1.2')).toBeVisible();
    const group = page.getByRole('group', { name: '7.1.2 — Không áp dụng' });
    await group.getByRole('button', { name: 'Không áp dụng' }).click();
    await group.getByRole('button', { name: 'Xác nhận không áp dụng' }).click();
    await expect(group.getByText('Vui lòng nhập lý do không áp dụng')).toBeVisible();
    await group.getByLabel('Lý do không áp dụng').fill('Huyện không có đơn vị sự nghiệp CNTT trực thuộc');
    await group.getByRole('button', { name: 'Xác nhận không áp dụng' }).click();
    await expect(criterionHeader(page, '7.1.2')).toContainText('Chờ duyệt');
    await expect(page.getByText('Lý do: Huyện không có đơn vị sự nghiệp CNTT trực thuộc')).toBeVisible();
  });

  test('a rejection shows the reviewer’s reason; an approved value shows its official points', async ({
    page,
    baseURL,
  }) => {
    // Arranged through the API: the reviewer's half has its own spec (review.e2e.spec.ts).
    const submitter = await apiAs(SUBMITTER, baseURL ?? '');
    const reviewer = await apiAs('reviewer', baseURL ?? '');
    const submit = async (code: string, inputs: Record<string, number>) => {
      const response = await submitter.post(`/assessments/${UNIT}/${PERIOD}/criteria/${code}/submissions`, {
        data: { inputs },
      });
      expect(response.status(), await response.text()).toBe(201);
      return ((await response.json()) as { submissionId: string }).submissionId;
    };
    const rejected = await submit('7.1.3', { a: 10, b: 2 });
    const rejection = await reviewer.post(`/assessments/${UNIT}/${PERIOD}/submissions/${rejected}/reject`, {
      data: { reason: 'Thiếu văn bản phân công cán bộ chuyên trách' },
    });
    expect(rejection.status(), await rejection.text()).toBe(200);
    const approved = await submit('1.1.1', { count: 3 });
    const approval = await reviewer.post(`/assessments/${UNIT}/${PERIOD}/submissions/${approved}/approve`, {
      data: {},
    });
    expect(approval.status(), await approval.text()).toBe(200);

    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.3`);
    await expect(criterionHeader(page, '7.1.3')).toContainText('Bị từ chối');
    await expect(page.getByText('Thiếu văn bản phân công cán bộ chuyên trách')).toBeVisible();
    await expect(formOf(page, '7.1.3').getByRole('button', { name: 'Nộp lại' })).toBeVisible();

    await page.goto(`/app/units/${UNIT}/${PERIOD}?criterion=1.1.1`);
    await expect(criterionHeader(page, '1.1.1')).toContainText('Đã duyệt');
    await expect(criterionHeader(page, '1.1.1').getByText('3,00', { exact: true })).toBeVisible();
    await expect(page.getByText(/Đã hoàn thành 1\/\d+ tiêu chí/)).toBeVisible();
    // A correction of the approved value needs its reason.
    await page.getByRole('button', { name: 'Điều chỉnh số liệu đã duyệt' }).click();
    const correction = formOf(page, '1.1.1');
    await correction.locator('input[name="count"]').fill('4');
    await expect(correction.getByText('4,00 điểm', { exact: true })).toBeVisible();
    await correction.getByRole('button', { name: 'Nộp lại' }).click();
    await expect(correction.getByText('Vui lòng nhập lý do điều chỉnh')).toBeVisible();
    await correction.getByLabel('Lý do điều chỉnh').fill('Bổ sung hội nghị ngày 20/11 bị sót');
    await correction.getByRole('button', { name: 'Nộp lại' }).click();
    await expect(criterionHeader(page, '1.1.1')).toContainText('Chờ duyệt');
    // The approved value stays official until the correction is approved.
    await expect(criterionHeader(page, '1.1.1').getByText('3,00', { exact: true })).toBeVisible();
    await submitter.dispose();
    await reviewer.dispose();
  });

  test('a submitter cannot open another unit’s quarter', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/HUE/${PERIOD}`);
    await expect(page.getByText('Bạn không có quyền xem trang này')).toBeVisible();
    await expect(page.getByText('Bạn chỉ xem được báo cáo của đơn vị mình.')).toBeVisible();
    await expect(page.getByRole('form')).toHaveCount(0);
  });

  test('other roles read the quarter without forms', async ({ page }) => {
    await logIn(page, 'inspector', `/app/units/${UNIT}/${PERIOD}?criterion=7.1.2`);
    await expect(page.getByText('Bạn đang xem báo cáo ở chế độ chỉ đọc.')).toBeVisible();
    await expect(criterionHeader(page, '7.1.2')).toContainText('Chờ duyệt');
    await expect(page.getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rút lại' })).toHaveCount(0);
  });

  test('in English, keyboard only, accessible', async ({ page }) => {
    await logIn(page, SUBMITTER, `/app/units/${UNIT}/${PERIOD}?criterion=7.1.1`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Quarterly report Q${Q} ${YEAR}`);
    const form = page.getByRole('form', { name: /^7\.1\.1 Share of dedicated IT staff/ });
    await form.locator('input[name="a"]').fill('');
    await form.locator('input[name="a"]').pressSequentially('250');
    await form.locator('input[name="b"]').fill('20');
    await expect(
      form.getByRole('status', { name: 'Points preview' }).getByText('3.20 points', { exact: true }),
    ).toBeVisible();

    // Keyboard: a group header opens with Enter, a criterion too, and its first field takes the focus by Tab.
    const group = page.getByRole('button', { name: /^2\. / });
    // The group line counts its criteria in English's plural (catalogue: group 2 has 20).
    await expect(group).toContainText('20 criteria');
    await group.focus();
    await page.keyboard.press('Enter');
    const criterion = page.getByRole('button', { name: /^2\.1\.1 / });
    await expect(criterion).toBeVisible();
    await criterion.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: /^2\.1\.1 / })).toBeVisible();

    await expectAccessible(page);
    await screenshot(page, 'quarter-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });
});
