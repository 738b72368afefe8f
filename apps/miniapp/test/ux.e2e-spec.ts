import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import type { GateTokenResponse, LoginResponse, Role } from '@lingong/shared'
import {
  createMarket,
  createPosting,
  createVerifiedEmployer,
  createWorker,
  isolatedPoint,
  login,
  offsetPoint,
  residentId,
  unique,
} from '../../api/test/support/factories'
import type { TestApp } from '../../api/test/support/test-app'
import { openH5App, openRoute, settled, type H5App } from './support/h5'

// Issue 18, measured in the browser: a worker who is signed out, a slow network, big targets, axe-core.
jest.setTimeout(120000)

/** WebPageTest's "3G Slow": 400 ms round trip, 400 kbit/s each way. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 }
/**
 * Before issue 18 the first job showed at 5.4 s on this profile (uncompressed, a page chunk and the
 * shared code copied into every page). Now about 4.4 s: the framework's own ~120 KiB over 400 kbit/s
 * is 2.5 s of it, so the 4 s is not reached yet; this guards what was won.
 */
const FIRST_JOB_BUDGET_MS = 5000
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

type Storage = { localStorage: { setItem(k: string, v: string): void; removeItem(k: string): void; clear(): void } }

/** Counts the taps (clicks) a person makes; typing into a field is not a tap. */
function tapCounter(page: Page) {
  let taps = 0
  return {
    async tap(selector: string) {
      await page.locator(selector).first().click()
      taps += 1
    },
    get taps() {
      return taps
    },
  }
}

/** axe-core on the page as it is; `disabled` rules are listed with the reason beside each. */
async function axeViolations(page: Page, disabled: Record<string, string> = {}): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  type Axe = { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
  const rules = Object.fromEntries(Object.keys(disabled).map((id) => [id, { enabled: false }]))
  const result = await page.evaluate(
    (r) =>
      (globalThis as unknown as { axe: Axe }).axe.run((globalThis as unknown as { document: unknown }).document, { rules: r, resultTypes: ['violations'] }),
    rules,
  )
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

/**
 * The smallest tap target and text on the screen as it shows: every visible button, chip, field,
 * switch, tab and phone link (height), and every visible text (font size).
 */
async function smallest(page: Page): Promise<{ target: number; targetOf: string; text: number; textOf: string }> {
  return page.evaluate(() => {
    type Rect = { width: number; height: number; top: number; bottom: number; left: number; right: number }
    type El = {
      getBoundingClientRect(): Rect
      closest(s: string): El | null
      className: string | { baseVal: string }
      tagName: string
      textContent: string | null
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>
    }
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El> }
      getComputedStyle(e: El): { fontSize: string; visibility: string; display: string }
      innerHeight: number
    }
    const visible = (e: El) => {
      const r = e.getBoundingClientRect()
      const style = g.getComputedStyle(e)
      return (
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        !e.closest('.taro-tabbar__panel--hidden, .taro_page[style*="display: none"]')
      )
    }
    const name = (e: El) =>
      `${e.tagName.toLowerCase()}.${typeof e.className === 'string' ? e.className : e.className.baseVal} "${(e.textContent ?? '').trim().slice(0, 20)}"`
    let target = Infinity
    let targetOf = ''
    const targets = g.document.querySelectorAll('taro-button-core, .chip, .phone-link, .weui-tabbar__item, .weui-switch, .input, .taro-modal__foot > div')
    for (let i = 0; i < targets.length; i++) {
      const e = targets[i]
      if (!visible(e)) continue
      const h = e.getBoundingClientRect().height
      if (h < target) [target, targetOf] = [h, name(e)]
    }
    let text = Infinity
    let textOf = ''
    const all = g.document.querySelectorAll('body *')
    for (let i = 0; i < all.length; i++) {
      const e = all[i]
      const own = Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())
      if (!own || !visible(e)) continue
      const px = parseFloat(g.getComputedStyle(e).fontSize)
      if (px < text) [text, textOf] = [px, name(e)]
    }
    return { target, targetOf, text, textOf }
  })
}

describe('the mini-program for a 60-year-old worker and a busy employer (H5, issue 18)', () => {
  let h5: H5App
  let t: TestApp
  let page: Page
  let base: string
  const HERE = isolatedPoint()
  const SITE = offsetPoint(HERE, 0.5)
  let employer: Awaited<ReturnType<typeof createVerifiedEmployer>>
  const employerOpenid = unique('uxe')
  let jobTitle: string
  let scene: string

  beforeAll(async () => {
    h5 = await openH5App({ geolocation: { latitude: HERE.lat, longitude: HERE.lng }, permissions: ['geolocation'] })
    ;({ t, page, base } = h5)
    const operator = await login(t, 'operator', '371702')
    employer = await createVerifiedEmployer(t, { countyCode: '371702' }, { openid: employerOpenid, operator })
    jobTitle = `急招瓦工${unique('ux')}`.slice(0, 30)
    await createPosting(t, employer, { title: jobTitle, lat: SITE.lat, lng: SITE.lng })
    const admin = await login(t, 'admin')
    const market = await createMarket(t, admin, {
      name: `体验测试市场${unique('m')}`.slice(0, 40),
      type: 'public',
      countyCode: '371702',
      address: '牡丹区体验测试路1号',
      lat: HERE.lat,
      lng: HERE.lng,
      openingHours: '00:00-24:00',
      services: ['matching'],
      phone: '0530-5551234',
      trades: ['construction'],
      status: 'open',
    })
    scene = ((await t.http().get(`/api/markets/${market.id}/gate-token`).set(operator.auth).expect(200)).body as GateTokenResponse).scene
  }, 90000)

  afterAll(async () => {
    await h5?.close()
  })

  /** A session as the app keeps it (Taro's storage wraps each value in `{ data }`). */
  async function sessionFor(openid: string, role: Role): Promise<[string, string]> {
    const body = (await t.api.post<LoginResponse>('/api/auth/dev-login', { openid, role }).expect(200)).body
    return [JSON.stringify({ data: body.accessToken }), JSON.stringify({ data: body.user })]
  }

  async function signOut(): Promise<void> {
    await page.goto(`${base}/#/pages/mine/index`)
    await page.evaluate(() => (globalThis as unknown as Storage).localStorage.clear())
  }

  /** The 我的 tab's demo login: on WeChat it is silent (wx.login), in the browser the openid is typed. */
  async function demoLogin(taps: ReturnType<typeof tapCounter>, openid: string): Promise<void> {
    await page.locator('.mine-page [data-testid=login-to-return]').waitFor()
    await page.locator('.mine-page [data-testid=openid] input').fill(openid)
    await taps.tap('.mine-page [data-testid=login]')
  }

  it('gate code → checked in for a registered worker who is signed out: at most 2 taps, no second scan', async () => {
    const openid = unique('uxw')
    await createWorker(t, {}, { openid })
    await signOut()
    const taps = tapCounter(page)
    await openRoute(page, base, `pages/checkin/index?scene=${encodeURIComponent(scene)}`)
    await taps.tap('.checkin-page [data-testid=checkin-go-login]')
    await demoLogin(taps, openid)
    const result = page.locator('.checkin-page [data-testid=checkin-result]')
    await result.waitFor()
    await expect(result.textContent()).resolves.toBe('✓ 签到成功')
    console.log(`taps from the gate code to 签到成功, registered worker signed out: ${taps.taps}`)
    expect(taps.taps).toBeLessThanOrEqual(2)
  })

  it('gate code → checked in for a new worker: at most 8 taps, the code kept through login and registration', async () => {
    await signOut()
    const taps = tapCounter(page)
    await openRoute(page, base, `pages/checkin/index?scene=${encodeURIComponent(scene)}`)
    await taps.tap('.checkin-page [data-testid=checkin-go-login]')
    await demoLogin(taps, unique('uxn'))
    await taps.tap('.checkin-page [data-testid=register-and-checkin]')
    await taps.tap('[data-testid=agree]')
    const form = page.locator('.register-page')
    await form.locator('[data-testid=realName] input').fill('钱秋生')
    await form.locator('[data-testid=idNumber] input').fill(residentId('1964-03-08'))
    await form.locator('[data-testid=phone] input').fill(`139${String(Date.now()).slice(-8)}`)
    await taps.tap('.register-page [data-testid="trade-construction.mason"]')
    await taps.tap('.register-page [data-testid=county-371702]')
    await taps.tap('.register-page [data-testid=submit]')
    const result = page.locator('.checkin-page [data-testid=checkin-result]')
    await result.waitFor()
    await expect(result.textContent()).resolves.toBe('✓ 签到成功')
    console.log(`taps from the gate code to 签到成功, new worker: ${taps.taps}`)
    expect(taps.taps).toBeLessThanOrEqual(8)
  })

  // Needs the anonymous feed (GET /api/postings/feed without a token, branch feed-perf).
  it('找活 and a job open without an account; 一键报名 asks for the login and comes back to the job', async () => {
    await signOut()
    await openRoute(page, base, 'pages/jobs/index')
    const card = page.locator('.jobs-page [data-testid=job-card]').filter({ hasText: jobTitle })
    await card.waitFor()
    await card.click()
    await page.locator('.job-page [data-testid=apply]').waitFor()
    await page.locator('.job-page [data-testid=apply]').click()
    const openid = unique('uxa')
    await page.locator('.mine-page [data-testid=login-to-return]').waitFor()
    await page.locator('.mine-page [data-testid=openid] input').fill(openid)
    await page.locator('.mine-page [data-testid=login]').click()
    // Back on the job (the page left behind stays in the DOM, so wait for the address, not the button).
    await page.waitForURL(/pages\/job\/index\?id=/)
    await page.locator('.job-page [data-testid=apply]').filter({ visible: true }).waitFor()
  })

  it('市场 opens without an account', async () => {
    await signOut()
    await openRoute(page, base, 'pages/markets/index')
    await page.locator('.markets-page [data-testid=market-card]').first().waitFor()
  })

  it(`shows the first job within ${FIRST_JOB_BUDGET_MS} ms on a slow 3G network, from a cold cache`, async () => {
    const openid = unique('uxs')
    await createWorker(t, {}, { openid })
    const session = await sessionFor(openid, 'worker')
    const context: BrowserContext = await h5.browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: 'zh-CN',
      geolocation: { latitude: HERE.lat, longitude: HERE.lng },
      permissions: ['geolocation'],
    })
    try {
      // Signed in already (the anonymous feed is another branch's): the token as the app keeps it.
      await context.addInitScript(([token, user]) => {
        const storage = (globalThis as unknown as Storage).localStorage
        storage.setItem('lingong.token', token)
        storage.setItem('lingong.user', user)
      }, session)
      const slow = await context.newPage()
      const cdp = await context.newCDPSession(slow)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G)
      const started = Date.now()
      await slow.goto(`${base}/#/pages/jobs/index`)
      await slow.locator('.jobs-page [data-testid=job-card]').first().waitFor({ timeout: 60000 })
      const ms = Date.now() - started
      type Entry = { name: string; transferSize: number; responseEnd: number }
      const resources = await slow.evaluate(() =>
        (globalThis as unknown as { performance: { getEntriesByType(t: string): Entry[] } }).performance
          .getEntriesByType('resource')
          .map((r) => ({ name: r.name.replace(/^https?:\/\/[^/]+/, ''), transferSize: r.transferSize, responseEnd: Math.round(r.responseEnd) })),
      )
      const shipped = resources.reduce((sum, r) => sum + r.transferSize, 0)
      console.log(
        `time to the first job on slow 3G (400 ms RTT, 400 kbit/s), cold cache: ${ms} ms, ${Math.round(shipped / 1024)} KiB over the wire\n` +
          resources.map((r) => `  ${r.name.slice(0, 60)} ${Math.round(r.transferSize / 1024)} KiB, done at ${r.responseEnd} ms`).join('\n'),
      )
      expect(ms).toBeLessThan(FIRST_JOB_BUDGET_MS)
    } finally {
      await context.close()
    }
  })

  describe('big targets, readable text and axe-core on the main pages', () => {
    const NO_EXCLUSIONS = {}
    const workerPages = ['pages/jobs/index', 'pages/markets/index', 'pages/mine/index', 'worker/work/index', 'worker/insurance/index']
    const employerPages = ['pages/mine/index', 'employer/postings/index', 'employer/post/index', 'employer/hires/index']

    async function signIn(openid: string, role: Role): Promise<void> {
      await signOut()
      const session = await sessionFor(openid, role)
      await page.evaluate(([token, user]) => {
        const storage = (globalThis as unknown as Storage).localStorage
        storage.setItem('lingong.token', token)
        storage.setItem('lingong.user', user)
      }, session)
    }

    async function check(route: string, large: boolean): Promise<void> {
      await openRoute(page, base, route)
      const root = `.taro_page .page`
      await page.locator(root).first().waitFor()
      await page.locator('[data-testid=loading]').waitFor({ state: 'detached' })
      await settled(page, root)
      const sizes = await smallest(page)
      console.log(
        `${route}${large ? ' (大字)' : ''}: smallest tap target ${sizes.target} px (${sizes.targetOf}), smallest text ${sizes.text} px (${sizes.textOf})`,
      )
      expect(sizes.target).toBeGreaterThanOrEqual(large ? 60 : 48)
      expect(sizes.text).toBeGreaterThanOrEqual(large ? 24 : 18)
      expect(await axeViolations(page, NO_EXCLUSIONS)).toEqual([])
    }

    it('a worker’s pages, in standard text and in 大字', async () => {
      const openid = unique('uxt')
      await createWorker(t, {}, { openid })
      await signIn(openid, 'worker')
      for (const large of [false, true]) {
        await page.evaluate((on) => (globalThis as unknown as Storage).localStorage.setItem('lingong.largeText', JSON.stringify({ data: on })), large)
        for (const route of workerPages) await check(route, large)
      }
    })

    it('an employer’s pages, in standard text and in 大字', async () => {
      await signIn(employerOpenid, 'employer')
      for (const large of [false, true]) {
        await page.evaluate((on) => (globalThis as unknown as Storage).localStorage.setItem('lingong.largeText', JSON.stringify({ data: on })), large)
        for (const route of employerPages) await check(route, large)
      }
    })
  })
})
