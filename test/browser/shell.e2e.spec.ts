import { account, expect, expectAccessible, logIn, screenshot, test } from './support/fixtures';

test.describe('the shell: login, session, language', () => {
  test('/ redirects to the app; the login page is accessible and refuses a wrong password', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/app\/login/);
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'login');

    await page.getByLabel('Tên đăng nhập').fill('reviewer');
    await page.getByLabel('Mật khẩu').fill('not the password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  });

  test('the session lives in an HttpOnly cookie, never in storage; logout ends it', async ({ page, context }) => {
    await logIn(page, 'reviewer');
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'dti_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain(session?.value ?? '<none>');
    expect(await page.evaluate(() => document.cookie)).not.toContain('dti_session');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/app\/login/);
    await page.goto('/app/review');
    await expect(page).toHaveURL(/\/app\/login\?next=%2Freview/);
  });

  test('a state-changing request with the cookie but without the CSRF token is refused', async ({ page, baseURL }) => {
    await logIn(page, 'reviewer');
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}/auth/refresh`, { method: 'POST', credentials: 'same-origin' });
      return response.status;
    }, baseURL);
    expect(status).toBe(403);
  });

  test('an expired session returns to the login page, then back where the user was', async ({ page, context }) => {
    await logIn(page, 'leader', '/app/dashboard?period=2025-Q4');
    await expect(page).toHaveURL(/\/app\/dashboard\?period=2025-Q4/);
    // The server side of expiry: the cookie no longer holds a valid token.
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'dti_session');
    if (!session) throw new Error('no session cookie');
    await context.clearCookies();
    await context.addCookies([{ ...session, value: 'expired.token.value' }]);
    await page.reload();
    await expect(page).toHaveURL(/\/app\/login\?next=/);
    await expect(page.getByText('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại')).toBeVisible();
    await page.getByLabel('Tên đăng nhập').fill('leader');
    await page.getByLabel('Mật khẩu').fill(account('leader').password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/app\/dashboard\?period=2025-Q4/);
  });

  test('English switch, and back to Vietnamese', async ({ page }) => {
    await logIn(page, 'reviewer');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  });
});
