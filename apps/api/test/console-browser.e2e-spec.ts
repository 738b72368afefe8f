import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { EmployerProfile, TotpEnrollment } from '@lingong/shared';
import { totpCode, totpStep } from '../src/auth/totp';
import { launchBrowser } from './support/browser';
import { createEmployer, createPosting, login, unique } from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';

const CONSOLE_DIR = resolve(__dirname, '..', '..', 'console', 'dist');
/** 东明县 */
const COUNTY = '371728';

jest.setTimeout(90000);

// The staff console's build, served by the real API at /console/, driven in headless Chromium at a desk's size.
describe('Staff console in a browser (e2e)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(resolve(CONSOLE_DIR, 'index.html')))
      throw new Error(`No console build in ${CONSOLE_DIR}: run \`pnpm --filter @lingong/console build\` (npm test does)`);
    t = await bootTestApp({ CONSOLE_DIR });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The console shows a ticket's QR code; the staff member approves it with the mini-program's token, as the 批准登录 page does. */
  async function approveShownTicket(staffToken: string): Promise<void> {
    const qr = page.locator('[aria-label=登录二维码]');
    await qr.waitFor();
    const ticket = await qr.getAttribute('data-ticket');
    await t.api
      .as({ auth: { Authorization: `Bearer ${staffToken}` } })
      .post(`/api/console/login-tickets/${ticket}/approve`)
      .expect(200);
  }

  it('first login by a ticket approved in the mini-program binds an authenticator; then an operator verifies a new employer, who can post', async () => {
    const operator = await login(t, 'operator', COUNTY, unique('cop'));
    await page.goto(`${base}/console/`);
    await approveShownTicket(operator.token);
    const firstTime = page.getByRole('button', { name: '第一次登录，还没有绑定身份验证器' });
    await firstTime.waitFor();
    const enrolled = page.waitForResponse((r) => r.url().endsWith('/api/auth/totp/enroll'));
    await firstTime.click();
    const secret = new URL(((await (await enrolled).json()) as TotpEnrollment).otpauthUrl).searchParams.get('secret') as string;
    await page.getByLabel('验证器上的6位数字').fill(totpCode(secret, totpStep(new Date())));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await expect(page.locator('[data-testid=recovery-codes]').textContent()).resolves.toMatch(/\S{8,}/);
    await page.getByRole('button', { name: '我已保存好恢复码，进入管理后台' }).click();

    const name = `后台审核建筑队${unique('e').slice(-6)}`;
    const employer = await createEmployer(t, { name, countyCode: COUNTY });
    await page.goto(`${base}/console/#/employers?status=unverified&q=${encodeURIComponent(name)}`);
    const row = page.locator('tr', { hasText: name });
    await row.getByRole('button', { name: /^核\s?实$/ }).click();
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /^核\s?实$/ })
      .click();
    await page.getByText(`已核实“${name}”`).waitFor();
    expect((await t.api.as(employer).get<EmployerProfile>('/api/employers/me').expect(200)).body.status).toBe('verified');
    await createPosting(t, employer);

    // Logging out ends the session on the server: the token no longer works.
    const token = await page.evaluate(() =>
      (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('lingong.console.token'),
    );
    await page.getByRole('button', { name: /退出/ }).click();
    await page.locator('[aria-label=登录二维码]').waitFor();
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);

    // The next login asks for the code: a wrong one is refused with the API's sentence, the right one opens the console.
    await approveShownTicket(operator.token);
    const code = page.getByLabel('动态码');
    await code.fill('000000');
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.getByRole('alert').waitFor();
    await code.fill(totpCode(secret, totpStep(new Date()) + 1));
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.getByRole('heading', { name: '用工方审核' }).waitFor();
  });
});
