import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { CHECKIN_PAGE, MINIAPP_PAGES } from '@lingong/shared'

// What WeChat checks when the weapp build is uploaded or run, read off the build itself (npm test
// builds it; alone: pnpm --filter @lingong/miniapp build:weapp). The size limit is package-size.spec.ts.
const DIR = join(__dirname, '..', 'dist', 'weapp')

/** Location APIs that WeChat refuses at run time unless app.json's requiredPrivateInfos declares them. */
const DECLARED_LOCATION_APIS = [
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'onLocationChange',
]
/** The scope WeChat asks the user about (and app.json's `permission` must explain) for each API. */
const SCOPE_OF: Record<string, string> = {
  getFuzzyLocation: 'scope.userFuzzyLocation',
  getLocation: 'scope.userLocation',
  startLocationUpdate: 'scope.userLocation',
  onLocationChange: 'scope.userLocation',
  startLocationUpdateBackground: 'scope.userLocationBackground',
}

function ownScripts(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = []
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) visit(full)
      // taro.js and vendors.js are Taro's runtime and React: they name every API without calling it.
      else if (name.endsWith('.js') && !['taro.js', 'vendors.js', 'runtime.js'].includes(relative(dir, full)))
        out.push({ file: relative(dir, full), text: readFileSync(full, 'utf8') })
    }
  }
  visit(dir)
  return out
}

const built = existsSync(join(DIR, 'app.json'))

describe('the weapp build against WeChat’s rules', () => {
  it('exists (npm test builds it before the tests)', () => {
    expect(built).toBe(true)
  })

  const appJson = built ? (JSON.parse(readFileSync(join(DIR, 'app.json'), 'utf8')) as Record<string, unknown>) : {}
  const scripts = built ? ownScripts(DIR) : []

  it('declares in requiredPrivateInfos every location API our code calls, and only those', () => {
    const called = DECLARED_LOCATION_APIS.filter((api) => scripts.some((s) => new RegExp(`\\.${api}\\(`).test(s.text)))
    expect(called.length).toBeGreaterThan(0)
    expect([...(appJson.requiredPrivateInfos as string[])].sort()).toEqual(called.sort())
    // WeChat accepts only one of the precise and the fuzzy location API.
    expect(called.includes('getLocation') && called.includes('getFuzzyLocation')).toBe(false)
  })

  it('explains each location scope it asks for in plain words', () => {
    const permission = appJson.permission as Record<string, { desc: string }>
    for (const api of appJson.requiredPrivateInfos as string[]) {
      const scope = SCOPE_OF[api]
      if (!scope) continue
      expect(permission[scope]?.desc).toMatch(/[\u4e00-\u9fa5]{6,}/)
      // WeChat cuts the explanation at 30 characters.
      expect(permission[scope].desc.length).toBeLessThanOrEqual(30)
    }
  })

  it('has the privacy agreement button in the main package, where the tab pages that ask for location live', () => {
    const main = scripts.filter((s) => !/^(worker|employer|operator)\//.test(s.file))
    expect(main.some((s) => s.text.includes('agreePrivacyAuthorization'))).toBe(true)
    expect(main.some((s) => s.text.includes('onNeedPrivacyAuthorization'))).toBe(true)
  })

  it('keeps the gate code’s page and the tab pages in the main package (a QR code cannot open a subpackage page before it loads)', () => {
    const pages = appJson.pages as string[]
    expect(pages).toContain(CHECKIN_PAGE)
    for (const tab of (appJson.tabBar as { list: { pagePath: string }[] }).list) expect(pages).toContain(tab.pagePath)
  })

  it('gives every tab an icon beside its label, each in the package and within WeChat’s 40 KB', () => {
    for (const tab of (appJson.tabBar as { list: { text: string; iconPath?: string; selectedIconPath?: string }[] }).list) {
      expect(tab.text).toMatch(/^[\u4e00-\u9fa5]{2,4}$/)
      for (const icon of [tab.iconPath, tab.selectedIconPath]) {
        expect(icon).toMatch(/\.png$/)
        expect(statSync(join(DIR, icon as string)).size).toBeLessThanOrEqual(40 * 1024)
      }
    }
  })

  it('has every page WeChat will open (pages and subpackages) with its script, template and config, and every component they use', () => {
    const subPackages = (appJson.subPackages ?? []) as { root: string; pages: string[] }[]
    const pages = [...(appJson.pages as string[]), ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/+$/, '')}/${page}`))]
    expect(pages.length).toBeGreaterThan(10)
    // What the gate code and the subscribe messages open must be among them.
    for (const page of Object.values(MINIAPP_PAGES)) expect(pages).toContain(page)
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) expect(existsSync(join(DIR, page + ext)) ? page + ext : `missing ${page}${ext}`).toBe(page + ext)
      const config = JSON.parse(readFileSync(join(DIR, `${page}.json`), 'utf8')) as { usingComponents?: Record<string, string> }
      for (const [name, path] of Object.entries(config.usingComponents ?? {})) {
        const target = resolve(dirname(join(DIR, page)), path)
        expect(existsSync(`${target}.js`) ? name : `${page} uses ${name} at ${path}, which is not in the build`).toBe(name)
      }
    }
  })
})
