import { existsSync } from 'node:fs'
import { join } from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measurePackages, MAIN_PACKAGE_LIMIT_BYTES, DEFAULT_DIR } = require('../scripts/package-size.cjs') as {
  measurePackages: (dir?: string) => { name: string; bytes: number; files: number }[]
  MAIN_PACKAGE_LIMIT_BYTES: number
  DEFAULT_DIR: string
}

describe('WeChat package sizes', () => {
  const built = existsSync(join(DEFAULT_DIR, 'app.json'))

  it('has a weapp build to measure (npm test builds it; alone: pnpm --filter @lingong/miniapp build:weapp)', () => {
    expect(built).toBe(true)
  })

  it('keeps the main package under 1.5 MB and the registration flows in subpackages', () => {
    if (!built) return
    const packages = measurePackages()
    const main = packages.find((p) => p.name === 'main')
    expect(main?.bytes).toBeGreaterThan(0)
    expect(main?.bytes).toBeLessThan(MAIN_PACKAGE_LIMIT_BYTES)
    expect(packages.map((p) => p.name).sort()).toEqual(['employer', 'main', 'operator', 'worker'])
    for (const sub of packages.filter((p) => p.name !== 'main')) expect(sub.files).toBeGreaterThan(0)
  })
})

describe(measurePackages.name, () => {
  it('counts files under a subpackage root to that subpackage and everything else to the main package', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs')
    const dir = mkdtempSync(join(require('node:os').tmpdir(), 'weapp-'))
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'], subPackages: [{ root: 'worker', pages: ['x/index'] }] }))
    mkdirSync(join(dir, 'worker', 'x'), { recursive: true })
    mkdirSync(join(dir, 'workers'))
    writeFileSync(join(dir, 'vendors.js'), Buffer.alloc(MAIN_PACKAGE_LIMIT_BYTES + 1))
    writeFileSync(join(dir, 'worker', 'x', 'index.js'), Buffer.alloc(100))
    writeFileSync(join(dir, 'workers', 'y.js'), Buffer.alloc(10))
    writeFileSync(join(dir, 'project.config.json'), '{}')
    const sizes = measurePackages(dir)
    const appJsonBytes = JSON.stringify({ pages: ['pages/a/index'], subPackages: [{ root: 'worker', pages: ['x/index'] }] }).length
    expect(sizes).toEqual([
      { name: 'main', bytes: MAIN_PACKAGE_LIMIT_BYTES + 1 + 10 + appJsonBytes, files: 3 },
      { name: 'worker', bytes: 100, files: 1 },
    ])
  })
})
