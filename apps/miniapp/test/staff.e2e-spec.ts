import type { Page } from 'playwright-core'
import { ERRORS, STAFF_INVITATION_CODE_ALPHABET } from '@lingong/shared'
import { unique } from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { storedUser } from '../../api/test/support/stored-user'
import { expectAgeingFriendly, openH5App, openRoute, pageUntilShown, screenshotPath, uiLogin, type H5App } from './support/h5'

// Staff access in the H5 build against the real API: the admin invites, a new colleague redeems the
// code on 我的, and loses the staff pages when the admin takes access away.
const DONGMING = '371728'

jest.setTimeout(120000)

// Runs in the page; this file is typechecked without the DOM library (it boots the API).
type PageWindow = { localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } }

describe('Mini-program staff access in a browser (e2e)', () => {
  let h5: H5App
  let t: TestApp
  let page: Page
  let base: string

  beforeAll(async () => {
    h5 = await openH5App()
    ;({ t, page, base } = h5)
  }, 60000)

  afterAll(async () => {
    await h5?.close()
  })

  async function userIdOf(openid: string): Promise<number> {
    return (await storedUser(t, { openid })).id
  }

  async function enterCode(code: string) {
    await page.locator('.mine-page [data-testid=staff-code-open]').click()
    await page.locator('[data-testid=staff-code-input] input').fill(code)
    await page.locator('[data-testid=staff-code-submit]').click()
  }

  it('the admin invites a 东明县 colleague, who enters the code on 我的; the code works once; the admin takes access away', async () => {
    const adminOpenid = unique('h5cityadm')
    const newcomerOpenid = unique('h5newstaff')

    // The admin makes a code for 东明县 and reads it off the page.
    await uiLogin(page, base, adminOpenid, 'admin')
    await page.locator('.mine-page [data-testid=staff-manage]').click()
    const staffPage = page.locator('.staff-page')
    await staffPage.locator(`[data-testid=staff-county-${DONGMING}]`).click()
    await staffPage.locator('[data-testid=invite-create]').click()
    const code = ((await staffPage.locator('[data-testid=invite-code]').textContent()) ?? '').trim()
    expect(code).toMatch(new RegExp(`^[${STAFF_INVITATION_CODE_ALPHABET}]{8}$`))
    const created = (await staffPage.locator('[data-testid=invite-created]').textContent()) ?? ''
    expect(created).toContain('东明县工作人员的邀请码')
    expect(created).toContain('请把邀请码告诉这位工作人员，72小时内在小程序“我的”里输入')
    await expect(staffPage.locator('[data-testid=invitation]').first().textContent()).resolves.toContain('东明县工作人员 · 有效期到')
    await expectAgeingFriendly(page, '.staff-page .row', '.staff-page [data-testid=invite-create]')
    await page.screenshot({ path: screenshotPath('operator-staff-invite') })

    // A new user enters it on 我的 and gets the staff card for 东明县 at once.
    await uiLogin(page, base, newcomerOpenid, 'worker')
    expect(await page.locator('.mine-page [data-testid=staff-card]').count()).toBe(0)
    await enterCode(code.toLowerCase())
    const card = page.locator('.mine-page [data-testid=staff-card]')
    await card.waitFor()
    await expect(card.textContent()).resolves.toContain('所属：东明县')
    expect(await card.locator('[data-testid=staff-manage]').count()).toBe(0)
    expect(await page.locator('.mine-page [data-testid=staff-code-open]').count()).toBe(0)
    const stale = await page.evaluate(() => {
      const { localStorage } = globalThis as unknown as PageWindow
      return { token: localStorage.getItem('lingong.token'), user: localStorage.getItem('lingong.user') }
    })
    await card.locator('[data-testid=staff-complaints]').click()
    await expect(page.locator('.operator-complaints-page [data-testid=staff-county-fixed]').textContent()).resolves.toBe('所属：东明县')
    await expect(page.locator('.operator-complaints-page [data-testid=queue-scope]').textContent()).resolves.toContain('东明县')
    expect(await page.locator('.operator-complaints-page [data-testid=error]').count()).toBe(0)

    // The same code a second time, by someone else: refused in the API's words.
    await uiLogin(page, base, unique('h5late'), 'worker')
    await enterCode(code)
    await expect(page.locator('[data-testid=staff-code-error]').textContent()).resolves.toBe(`⚠ ${ERRORS['STAFF.INVITATION_INVALID'].message}`)
    expect(await page.locator('.mine-page [data-testid=staff-card]').count()).toBe(0)

    // The admin takes the newcomer's access away, after the confirmation.
    const newcomerId = await userIdOf(newcomerOpenid)
    await uiLogin(page, base, adminOpenid, 'admin')
    await page.locator('.mine-page [data-testid=staff-manage]').click()
    await staffPage.locator(`[data-testid=staff-county-${DONGMING}]`).click()
    const row = await pageUntilShown(
      staffPage.locator('[data-testid=staff-member]', { hasText: `工作人员${newcomerId}号` }),
      staffPage.locator('[data-testid=staff-member]'),
      staffPage.locator('[data-testid=more]'),
    )
    await expect(row.textContent()).resolves.toContain('东明县')
    await row.locator('[data-testid=staff-remove]').click()
    await page.locator('.taro-modal__foot').getByText('确定取消', { exact: true }).click()
    await row.waitFor({ state: 'detached' })
    expect((await storedUser(t, { id: newcomerId })).roles).toEqual(['worker'])

    // The newcomer's phone still holds the session from before; reopening 我的 reads the account again.
    await page.evaluate((s) => {
      const { localStorage } = globalThis as unknown as PageWindow
      localStorage.setItem('lingong.token', s.token as string)
      localStorage.setItem('lingong.user', s.user as string)
    }, stale)
    await openRoute(page, base, 'pages/mine/index')
    await page.locator('.mine-page [data-testid=staff-code-open]').waitFor()
    expect(await page.locator('.mine-page [data-testid=staff-card]').count()).toBe(0)
    // A staff page opened from an old link answers in the API's words instead of showing the review queue.
    await openRoute(page, base, 'operator/postings/index')
    await expect(page.locator('.operator-postings-page [data-testid=error]').textContent()).resolves.toBe(`⚠ ${ERRORS['AUTH.FORBIDDEN'].message}`)
    expect(await page.locator('.operator-postings-page [data-testid=review-card]').count()).toBe(0)
  })
})
