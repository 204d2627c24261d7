import { account, chooseOption, expect, expectAccessible, logIn, screenshot, test } from './support/fixtures';

/**
 * The administration page (/app/admin) in Chromium: an administrator creates an account through the
 * page, the one-time password is shown once, and the new account logs in with it through the login page.
 * The accounts it creates carry a unique name; it registers no unit (its refused and cancelled registrations
 * store nothing) and changes no seeded account.
 */
test.describe('the administration page: accounts and units', () => {
  test('an administrator creates an account; the new account logs in with its one-time password', async ({
    page,
    browser,
  }) => {
    const username = `lanh-dao.${Date.now().toString(36)}`;
    await logIn(page, 'admin', '/app/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' })).toBeVisible();
    const accounts = page.getByRole('table', { name: 'Danh sách tài khoản' });
    await expect(accounts.getByRole('row').filter({ hasText: 'inspector' }).first()).toBeVisible();

    // A refusal is shown at its field: the username is taken.
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await dialog.getByLabel('Tên đăng nhập').fill('admin');
    await chooseOption(page, dialog.getByLabel('Vai trò'), 'Lãnh đạo');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await expect(dialog.locator('#create-account_username_help')).toContainText('Tài khoản admin đã tồn tại');

    await dialog.getByLabel('Tên đăng nhập').fill(username);
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Văn Lãnh Đạo');
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    const handover = page.getByRole('dialog', { name: `Mật khẩu dùng một lần của ${username}` });
    await expect(handover).toBeVisible();
    const password = (await handover.getByTestId('one-time-password').textContent())?.trim() ?? '';
    expect(password).toMatch(/^\S{16}$/);
    await expectAccessible(page);
    await handover.getByRole('button', { name: 'Đã ghi lại mật khẩu' }).click();
    await expect(handover).toBeHidden();
    // Shown once: nowhere on the page any more.
    await expect(page.getByText(password)).toHaveCount(0);
    const created = accounts.getByRole('row').filter({ hasText: username });
    await expect(created).toContainText('Lãnh đạo');
    await expect(created).toContainText('Đang hoạt động');

    await expectAccessible(page);
    await screenshot(page, 'admin');

    // The new account logs in through the login page with the one-time password.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto('/app/login');
    await other.getByLabel('Tên đăng nhập').fill(username);
    await other.getByLabel('Mật khẩu').fill(password);
    await other.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(other).toHaveURL(/\/app\/dashboard/);
    await context.close();

    // Disabled, it can no longer log in; re-enabled, it can.
    await created.getByRole('button', { name: `Khóa ${username}` }).click();
    const disable = page.getByRole('dialog', { name: `Khóa tài khoản ${username}` });
    await disable.getByLabel('Lý do').fill('Kiểm thử tự động');
    await disable.getByRole('button', { name: 'Khóa' }).click();
    await expect(created).toContainText('Đã khóa');
    await expect(created).toContainText('Kiểm thử tự động');
    await created.getByRole('button', { name: `Mở khóa ${username}` }).click();
    await expect(created).toContainText('Đang hoạt động');
  });

  test('units: the register with each unit’s history, and a refusal at its field', async ({ page }) => {
    await logIn(page, 'admin', '/app/admin?tab=units');
    const units = page.getByRole('table', { name: 'Danh mục đơn vị' });
    const hue = units.getByRole('row').filter({ hasText: 'Thành phố Huế' });
    await expect(hue).toBeVisible();
    await hue.getByRole('button', { name: /Mở rộng|Expand|expand/i }).click();
    const history = page.getByRole('region', { name: 'Lịch sử của HUE' });
    await expect(history).toContainText('Đăng ký: Thành phố Huế');
    await expect(history).toContainText('222/KH-UBND');

    // Registering a unit with an effective date the system does not know: refused at "Ngày hiệu lực"; nothing registered.
    await page.getByRole('button', { name: 'Đăng ký đơn vị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đăng ký đơn vị' });
    await dialog.getByLabel('Mã đơn vị').fill('SKIEMTHU');
    await dialog.getByLabel('Tên đơn vị').fill('Sở Kiểm thử');
    const date = dialog.getByLabel('Ngày hiệu lực');
    await date.click();
    await date.fill('01/01/1900');
    await date.press('Enter');
    await dialog.getByLabel('Căn cứ pháp lý').fill('Quyết định số 1/QĐ-UBND');
    await dialog.getByRole('button', { name: 'Đăng ký đơn vị' }).click();
    await expect(dialog.locator('#unit-register_effectiveOn_help')).toBeVisible();

    // Effective inside a quarter the demo province has finalized: a retroactive change, refused at "Ngày hiệu lực"
    // until a reason is given, which the form now asks for (its own field). Cancelled: nothing registered.
    await expect(dialog.getByLabel('Lý do thay đổi hồi tố')).toHaveCount(0);
    await date.click();
    await date.fill('01/10/2025');
    await date.press('Enter');
    await dialog.getByRole('button', { name: 'Đăng ký đơn vị' }).click();
    await expect(dialog.locator('#unit-register_effectiveOn_help')).toContainText('Thay đổi hồi tố');
    const reason = dialog.getByRole('textbox', { name: 'Lý do thay đổi hồi tố' });
    await expect(reason).toBeVisible();
    await expect(dialog).toContainText('Quý đã chốt báo cáo bị ảnh hưởng: Quý 4/2025');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(units.getByRole('row').filter({ hasText: 'SKIEMTHU' })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-units');
  });

  test('a non-administrator is refused the accounts', async ({ page }) => {
    await logIn(page, 'inspector', '/app/admin');
    await expect(page.getByText('Bạn không có quyền xem trang này')).toBeVisible();
    expect(account('inspector').role).toBe('inspector');
  });
});
