import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { deflateSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core'
import { launchBrowser } from '../../../api/test/support/browser'
import { waitUntil } from '../../../api/test/support/wait-until'
import { bootTestApp, type TestApp } from '../../../api/test/support/test-app'

// Shared by the browser suites: the H5 build served by the real API (as `npm start` does) and
// driven in headless Chromium. `npm test` builds it first; alone: pnpm --filter @lingong/miniapp build:h5.
export const H5_DIR = resolve(__dirname, '..', '..', 'dist', 'h5')

export interface H5App {
  t: TestApp
  browser: Browser
  context: BrowserContext
  page: Page
  /** http://127.0.0.1:PORT, serving the H5 build at / and the API at /api. */
  base: string
  close(): Promise<void>
}

/** Boots the real API on a free port with the H5 build beside it and opens one phone-sized page. */
export async function openH5App(contextOptions: BrowserContextOptions = {}): Promise<H5App> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error(`No H5 build in ${H5_DIR}: run \`pnpm --filter @lingong/miniapp build:h5\` (npm test does)`)
  const t = await bootTestApp({ H5_DIR })
  await t.app.listen(0, '127.0.0.1')
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`
  const browser = await launchBrowser()
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', ...contextOptions })
  const page = await context.newPage()
  return {
    t,
    browser,
    context,
    page,
    base,
    async close() {
      await browser.close()
      await t.close()
    },
  }
}

/** Where screenshots for the README go (beside the build, copied to docs/screenshots by hand). */
export function screenshotPath(name: string): string {
  return join(H5_DIR, '..', `screenshot-${name}.png`)
}

export async function fontPx(page: Page, selector: string): Promise<number> {
  // Runs in the page; this file is typechecked without the DOM library (it boots the API).
  type Window = { getComputedStyle(element: unknown): { fontSize: string } }
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat((globalThis as unknown as Window).getComputedStyle(el).fontSize))
}

export async function heightPx(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not visible`)
  return box.height
}

export function storedToken(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('lingong.token'))
}

/** 适老化: body text at least 18 px and the screen's main button at least 60 px high. */
export async function expectAgeingFriendly(page: Page, textSelector: string, mainButton: string) {
  expect(await fontPx(page, textSelector)).toBeGreaterThanOrEqual(18)
  expect(await heightPx(page, mainButton)).toBeGreaterThanOrEqual(60)
}

/** A fresh load of a route (hash routes do not reload on goto alone). */
export async function openRoute(page: Page, base: string, route: string) {
  await page.goto('about:blank')
  await page.goto(`${base}/#/${route.replace(/^\/+/, '')}`)
}

/**
 * Signs the browser in through the 我的 page's demo login, leaving any earlier session. Staff pass
 * their county; the page then shows the staff links instead of the worker card.
 */
export async function uiLogin(page: Page, base: string, openid: string, role: 'worker' | 'employer' | 'operator' | 'admin', countyCode?: string) {
  await page.goto(`${base}/#/pages/mine/index`)
  await page.evaluate(() => {
    const storage = (globalThis as unknown as { localStorage: { removeItem(key: string): void } }).localStorage
    storage.removeItem('lingong.token')
    storage.removeItem('lingong.user')
  })
  await page.reload()
  await page.locator('[data-testid=openid] input').fill(openid)
  await page.locator(`[data-testid=role-${role}]`).click()
  if (countyCode) await page.locator(`[data-testid=county-${countyCode}]`).click()
  await page.locator('[data-testid=login]').click()
  await page.locator(role === 'worker' || role === 'employer' ? '.mine-page [data-testid=worker-card]' : '.mine-page [data-testid=staff-complaints]').waitFor()
}

/**
 * Waits for the H5 build's page transition (Taro's router slides a new page in from the right) to
 * end: the page is in place and no finite animation or transition is still running, so a screenshot
 * shows the page alone. A condition, not a fixed delay.
 */
export async function settled(page: Page, selector: string): Promise<void> {
  type Animation = { playState: string; effect: { getTiming(): { iterations?: number } } | null }
  type Doc = { querySelector(s: string): { getBoundingClientRect(): { left: number } } | null; getAnimations(): Animation[] }
  await page.waitForFunction((sel) => {
    const doc = (globalThis as unknown as { document: Doc }).document
    const el = doc.querySelector(sel)
    if (!el || Math.abs(el.getBoundingClientRect().left) >= 1) return false
    return doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
  }, selector)
}

/**
 * Pages on through a cursor-paged list (its 更多 button, `more`) until `target` shows: fresh items
 * of a sorted list may be on a later page. No fixed sleeps: it waits for the first page (the target
 * or the button), and after each click until the list has grown (`items` matches one more), the
 * target shows, or the button is gone.
 */
export async function pageUntilShown(target: Locator, items: Locator, more: Locator, maxPages = 20): Promise<Locator> {
  const timeout = 15000
  await waitUntil(async () => (await target.count()) > 0 || (await more.count()) > 0, timeout, 'the first page of the list')
  for (let i = 0; i < maxPages && !(await target.count()) && (await more.count()); i++) {
    const shown = await items.count()
    await more.click()
    await waitUntil(async () => (await target.count()) > 0 || (await items.count()) > shown || (await more.count()) === 0, timeout, 'the next page of the list')
  }
  return target
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A real PNG (so the browser decodes it and the API recognises it): `size`² pixels of one colour. */
export function solidPng(rgb: [number, number, number], size = 16): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => rgb[i % 3])])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
