import type { Page } from 'playwright-core'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, type ComplaintDetail } from '@lingong/shared'
import { fileComplaint, login, registeredWorker, unique } from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { openH5App, type H5App } from './support/h5'

// The operator subpackage of the H5 build, served by the real API and driven in headless Chromium.
/** 巨野县: a county few other suites file complaints in, so the new case is near the top of its queue. */
const COUNTY = '371724'

jest.setTimeout(90000)

describe('Mini-program operator pages in a browser (e2e)', () => {
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

  it('an operator logs in for a county, finds a new complaint in the queue and accepts it', async () => {
    const worker = await registeredWorker(t)
    const respondent = `浏览器测试劳务${unique('r')}`
    const filed: ComplaintDetail = await fileComplaint(t, worker, { countyCode: COUNTY, respondent: { name: respondent, address: '巨野县测试路1号' } })
    expect(filed.status).toBe('submitted')

    await page.goto(`${base}/#/pages/mine/index`)
    await page.locator('[data-testid=openid] input').fill(unique('h5op'))
    await page.locator('[data-testid=role-operator]').click()
    // Without a county the API refuses an operator login; the form says why in the API's words.
    await page.locator('[data-testid=login]').click()
    await expect(page.locator('[data-testid=error]').textContent()).resolves.toContain('运营人员必须指定所属县（区）')
    await page.locator(`[data-testid=county-${COUNTY}]`).click()
    await page.locator('[data-testid=login]').click()
    await page.locator('[data-testid=staff-complaints]').click()

    await page.locator('[data-testid=filter-submitted]').click()
    const card = page.locator('[data-testid=queue-card]', { hasText: respondent })
    // Sorted by due date, a fresh case is among the last: page on until it shows.
    for (let i = 0; i < 20 && !(await card.count()); i++) {
      const more = page.locator('[data-testid=more]')
      if (await more.count()) await more.click()
      await page.waitForTimeout(300)
    }
    await expect(card.textContent()).resolves.toContain(COMPLAINT_CATEGORY_LABELS[filed.category])
    await card.click()

    await page.locator('[data-testid=complaint-status]').waitFor()
    await expect(page.locator('[data-testid=complaint-status]').textContent()).resolves.toBe(COMPLAINT_STATUS_LABELS.submitted)
    // Only what the shared table allows from `submitted`.
    const actions = await page.locator('[data-testid^=action-]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
    expect(actions).toEqual(['action-accept', 'action-reject', 'action-request-material', 'action-refer'])
    await page.locator('[data-testid=action-accept]').click()
    await page.locator('[data-testid=transition-submit]').click()
    await expect(page.locator('[data-testid=complaint-status]', { hasText: '已受理' }).textContent()).resolves.toBe('已受理')

    const staff = await login(t, 'operator', COUNTY)
    const after = await t.http().get(`/api/complaints/${filed.id}`).set(staff.auth).expect(200)
    expect(after.body.status).toBe('accepted')
  })
})
