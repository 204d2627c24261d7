import type { APIRequestContext } from '@playwright/test';
import { apiAs, expect, expectAccessible, logIn, screenshot, test } from './support/fixtures';

/**
 * The inspector's audit page (/app/audit/{unit}) in Chromium, on the demo province: the spec looks up,
 * through the API, a quarter whose report was finalized, reopened and then corrected (a criterion's
 * official points changed after publication), and audits it. Read-only: it changes nothing any other spec
 * reads. The submitter part logs in as the submitter of NAMDONG, a unit no other browser spec uses.
 */

interface Change {
  eventType: string;
  kind: string;
  period: string;
  criterion: string | null;
  reason: string | null;
  position: string;
  actor: string;
  correlationId: string | null;
  before: { value: string | null; points: number | null; pointsExact: string | null };
  after: { value: string | null; points: number | null; pointsExact: string | null };
}

interface Correction {
  unit: string;
  period: string;
  reopenReason: string;
  change: Change;
}

/** Two decimals with a decimal comma, as the page shows points ("3,20"). */
const vn = (points: number | null): string => (points ?? 0).toFixed(2).replace('.', ',');

/** A unit's whole history, page after page (the API answers at most 100 changes a page, newest first). */
async function wholeTimeline(api: APIRequestContext, unit: string): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor: string | null = null;
  do {
    const response = await api.get(`/timeline/${unit}?limit=100${cursor === null ? '' : `&cursor=${cursor}`}`);
    expect(response.ok(), await response.text()).toBeTruthy();
    const page = (await response.json()) as { changes: Change[]; nextCursor: string | null };
    changes.push(...page.changes);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return changes;
}

/** The first unit-quarter of the demo with a scored criterion whose points changed after a reopening. */
async function findCorrection(api: APIRequestContext): Promise<Correction> {
  const units = (await (await api.get('/units')).json()) as { code: string }[];
  for (const { code } of units) {
    const changes = await wholeTimeline(api, code);
    for (const reopening of changes.filter((change) => change.eventType === 'ReportReopened')) {
      const later = changes.filter(
        (change) =>
          change.period === reopening.period &&
          BigInt(change.position) > BigInt(reopening.position) &&
          change.kind === 'official_score' &&
          change.before.value === 'scored' &&
          change.after.value === 'scored' &&
          change.before.pointsExact !== change.after.pointsExact &&
          vn(change.before.points) !== vn(change.after.points),
      );
      // The last change to that criterion in the quarter, so "now" shows its after value.
      const candidate = later.find(
        (change) =>
          !changes.some(
            (other) =>
              other.period === change.period &&
              other.criterion === change.criterion &&
              BigInt(other.position) > BigInt(change.position),
          ),
      );
      if (candidate)
        return { unit: code, period: reopening.period, reopenReason: reopening.reason ?? '', change: candidate };
    }
  }
  throw new Error('The demo province has no correction after publication');
}

test.describe('the audit page: an inspector audits a unit', () => {
  test.describe.configure({ mode: 'serial' });
  let found: Correction;

  test.beforeAll(async ({ baseURL }) => {
    const api = await apiAs('inspector', baseURL!);
    found = await findCorrection(api);
    await api.dispose();
  });

  test('timeline, replay to before the correction, published vs current, check against the events', async ({
    page,
  }) => {
    const { unit, period, change } = found;
    const criterion = change.criterion!;
    await logIn(page, 'inspector', `/app/audit/${unit}?period=${period}`);
    await expect(page).toHaveURL(new RegExp(`/app/audit/${unit}\\?period=${period}`));

    const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
    // The first page of a lazy chunk on a busy two-core machine: allow it time once.
    await expect(history).toBeVisible({ timeout: 45_000 });
    await expect(history.getByRole('row').nth(1)).toBeVisible();
    // The reopening, with its reason, is in the history.
    await expect(history.getByRole('row').filter({ hasText: 'Mở lại báo cáo' }).first()).toContainText(
      found.reopenReason,
    );

    // Narrow to the corrected criterion; the state goes to the URL.
    await page.getByLabel('Tiêu chí', { exact: true }).fill(criterion);
    await page.getByLabel('Tiêu chí', { exact: true }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`criterion=${criterion.replace(/\./g, '\\.')}`));
    const row = history.getByRole('row').filter({ hasText: `Vị trí ${change.position}` });
    await expect(row).toContainText(`${vn(change.before.points)} → ${vn(change.after.points)}`);
    await expect(row).toContainText('Duyệt số liệu');
    // The request it came from: its correlation id, copyable.
    expect(change.correlationId).toBeTruthy();
    await expect(
      row.getByRole('button', { name: `Sao chép mã tương quan: ${change.correlationId}`, exact: true }),
    ).toBeVisible();
    await expect(row).toContainText(change.correlationId!.slice(0, 12));

    // Narrowed by who did it, on the server (the URL keeps it): the correction is still there.
    await page.getByLabel('Người thực hiện', { exact: true }).fill(change.actor.toUpperCase());
    await page.getByLabel('Người thực hiện', { exact: true }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`actor=${change.actor.replace(/\./g, '\\.')}`));
    await expect(row).toBeVisible();
    await expect(history.getByRole('row').nth(1)).toContainText(change.actor);

    // Replay to just before the correction: the "Thời điểm" control moves, the old points are shown.
    await row.getByRole('button', { name: /Xem lại trước thay đổi này/ }).click();
    await expect(page).toHaveURL(new RegExp(`asOf=${BigInt(change.position) - 1n}`));
    const asOf = page.getByRole('textbox', { name: 'Thời điểm' });
    await expect(asOf).toBeVisible();
    await expect(asOf).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const replay = page.getByRole('table', { name: 'Bảng điểm tại thời điểm đã chọn' });
    const named = new RegExp(`^${criterion.replace(/\./g, '\\.')} `);
    const replayed = replay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: named }) });
    await expect(replayed).toContainText(vn(change.before.points));
    await expect(replayed).toContainText(vn(change.after.points));
    await expect(replayed).toHaveClass(/audit-differs/);

    // One step forward: the correction itself, the criterion is as now.
    await page.getByRole('button', { name: 'Thay đổi sau' }).click();
    await expect(page).not.toHaveURL(new RegExp(`asOf=${BigInt(change.position) - 1n}(&|$)`));
    await expect(replayed).not.toHaveClass(/audit-differs/);
    await page.getByRole('button', { name: 'Thay đổi trước' }).click();
    await expect(replayed).toHaveClass(/audit-differs/);

    // Published vs current: the published version beside the current figures, the reopening's reason.
    const comparison = page.getByRole('table', { name: 'So sánh phiên bản đã công bố với số liệu hiện tại' });
    await expect(comparison).toBeVisible();
    await expect(
      comparison.getByRole('row').filter({ has: page.getByRole('rowheader', { name: named }) }),
    ).toContainText(vn(change.before.points));
    await expect(page.getByText(found.reopenReason).first()).toBeVisible();

    // The projection checked against a replay of the events.
    await page.getByRole('button', { name: 'Kiểm tra đối chiếu với dữ liệu gốc' }).click();
    await expect(page.getByText('Khớp', { exact: true })).toBeVisible();

    await expectAccessible(page);
    await screenshot(page, 'audit');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('table', { name: 'Change history' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Point in time' })).toBeVisible();
    await screenshot(page, 'audit-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(history).toBeVisible();
  });

  test('the unit picker leads to a unit’s audit, whose long history loads a page at a time', async ({ page }) => {
    await logIn(page, 'inspector', '/app/audit');
    await page.getByRole('link', { name: /^HUE — / }).click();
    await expect(page).toHaveURL(/\/app\/audit\/HUE$/);
    const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
    await expect(history).toBeVisible({ timeout: 45_000 });
    // Eight quarters of a district's history: the first 100 changes (and the header row), then more on demand.
    await expect(history).toHaveAttribute('aria-rowcount', '101');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tải thêm' }).click();
    await expect(history).toHaveAttribute('aria-rowcount', '201');
  });

  test('a submitter gets no audit of another unit: the refusal is said', async ({ page }) => {
    await logIn(
      page,
      'sub-namdong',
      `/app/audit/${found.unit === 'NAMDONG' ? 'HUE' : found.unit}?period=${found.period}`,
    );
    await expect(page.getByText('Bạn không có quyền xem trang này')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toHaveCount(0);
  });
});
