import type { Locator, Page } from '@playwright/test';
import { chooseOption, expect, expectAccessible, logIn, screenshot, test } from './support/fixtures';

/** The scorecard's row of one criterion (its code is the row's header cell). */
function criterionRow(page: Page, code: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code, exact: true }) });
}

/** The ranking's row of one unit (its code is the link to the scorecard). */
function rankingRow(ranking: Locator, code: string) {
  return ranking
    .getByRole('row')
    .filter({ has: ranking.page().getByRole('link', { name: new RegExp(`(của|of) ${code} –`) }) });
}

/**
 * Leadership's dashboard and a unit's scorecard, read from the demo province (2024-Q1…2025-Q4) the global
 * setup seeded: nothing here writes, so the quarter is shared with other readers.
 */
test.describe('leadership: dashboard and scorecards', () => {
  test('leadership lands on the dashboard, picks a quarter, sees the ranking and the trend, drills down', async ({
    page,
  }) => {
    // Two full pages with axe each, on 2 shared cores.
    test.slow();
    await logIn(page, 'leader');
    await expect(page).toHaveURL(/\/app\/dashboard/);
    await expect(page.getByRole('link', { name: 'Tổng quan' }).first()).toBeVisible();

    // The quarter picker puts the quarter in the URL, so the view can be shared.
    await chooseOption(page, page.getByRole('combobox', { name: 'Kỳ đánh giá' }), 'Quý 4/2025');
    await expect(page).toHaveURL(/period=2025-Q4/);

    const ranking = page.getByRole('table', { name: 'Xếp hạng' });
    await expect(ranking).toBeVisible();
    await expect(rankingRow(ranking, 'STTTT')).toBeVisible();
    // Department block by default: no district (UBND) unit in the table.
    await expect(rankingRow(ranking, 'HUE')).toHaveCount(0);
    await expect(ranking.getByText(/Tăng \d+ bậc|Giảm \d+ bậc|Giữ nguyên/).first()).toBeVisible();

    // Units compared on the trend chart join the URL too.
    const compare = page.getByRole('combobox', { name: 'Đơn vị so sánh' });
    await compare.fill('STTTT');
    await page.keyboard.press('Enter');
    await compare.fill('SKHDT');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/units=STTTT%2CSKHDT|units=STTTT,SKHDT/);
    await page.keyboard.press('Escape');

    const trend = page.getByRole('img', { name: 'Diễn biến theo quý' });
    await expect(trend).toBeVisible();
    await expect(trend.locator('canvas')).toBeVisible();
    // Its text alternative: the same figures as a table behind a toggle.
    const trendCard = page.locator('.ant-card').filter({ has: trend });
    await trendCard.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const trendTable = page.getByRole('table', { name: 'Diễn biến theo quý (bảng số liệu)' });
    await expect(trendTable).toBeVisible();
    const lastQuarter = trendTable
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Quý 4/2025' }) });
    await expect(lastQuarter).toContainText(/\d+,\d{2}%/);
    await expect(trendTable.getByRole('columnheader', { name: 'SKHDT' })).toBeVisible();

    await expect(page.getByRole('img', { name: 'Phân bố điểm các đơn vị' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Điểm trung bình theo nhóm' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'dashboard');

    // Drill-down: a row of the ranking opens the unit's scorecard for the quarter.
    await rankingRow(ranking, 'STTTT').getByRole('cell').first().click();
    await expect(page).toHaveURL(/\/app\/scorecards\/STTTT\/2025-Q4$/);
    const criterion = criterionRow(page, '1.1.1');
    await expect(criterion).toBeVisible();
    await expect(criterion).toContainText(/\d+,\d{2}/);
    await expect(page.getByRole('heading', { name: 'Phiên bản đã công bố' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'scorecard');
  });

  test('a shared link opens the district block; the English view formats numbers the English way', async ({ page }) => {
    await logIn(page, 'leader', '/app/dashboard?period=2025-Q4&block=district&units=HUE');
    const ranking = page.getByRole('table', { name: 'Xếp hạng' });
    await expect(rankingRow(ranking, 'HUE')).toBeVisible();
    await expect(rankingRow(ranking, 'STTTT')).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'Diễn biến theo quý' }).locator('canvas')).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('table', { name: 'Ranking' });
    await expect(english).toBeVisible();
    await expect(rankingRow(english, 'HUE')).toContainText(/\d+\.\d{2}%/);
    await expect(page.getByRole('img', { name: 'Quarterly trend' }).locator('canvas')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'dashboard-en');
  });

  test('a submitter has no dashboard: no menu entry, a clear refusal when opened directly', async ({ page }) => {
    await logIn(page, 'sub-stttt');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' })).toHaveCount(0);
    await page.goto('/app/dashboard?period=2025-Q4&block=department');
    await expect(page.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Xếp hạng' })).toHaveCount(0);
    // Their own unit's scorecard is theirs to read; another unit's is refused by the API.
    await page.goto('/app/scorecards/STTTT/2025-Q4');
    await expect(criterionRow(page, '1.1.1')).toBeVisible();
    await page.goto('/app/scorecards/SNV/2025-Q4');
    await expect(page.getByText('Bạn không có quyền xem trang này')).toBeVisible();
  });
});
