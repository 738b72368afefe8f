// Sizes of the WeChat build's packages: the main package and each subpackage (app.json `subPackages`).
// WeChat refuses a package over 2 MB; `npm test` fails when the main package passes 1.5 MB.
const { readdirSync, readFileSync, statSync } = require('node:fs')
const { join, relative, resolve, sep } = require('node:path')

const MAIN_PACKAGE_LIMIT_BYTES = 1.5 * 1024 * 1024
const WECHAT_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024
const DEFAULT_DIR = resolve(__dirname, '..', 'dist', 'weapp')

/** `[{ name: 'main' | root, bytes, files }]`, main first. Files WeChat does not upload are left out. */
function measurePackages(dir = DEFAULT_DIR) {
  const appJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''))
  const sizes = new Map([['main', { name: 'main', bytes: 0, files: 0 }], ...roots.map((r) => [r, { name: r, bytes: 0, files: 0 }])])
  const visit = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      const stat = statSync(full)
      if (stat.isDirectory()) visit(full)
      else if (name !== 'project.config.json' && !name.endsWith('.map')) {
        const rel = relative(dir, full).split(sep).join('/')
        const entry = sizes.get(roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main')
        entry.bytes += stat.size
        entry.files += 1
      }
    }
  }
  visit(dir)
  return [...sizes.values()]
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

module.exports = { measurePackages, MAIN_PACKAGE_LIMIT_BYTES, WECHAT_PACKAGE_LIMIT_BYTES, DEFAULT_DIR }

if (require.main === module) {
  const packages = measurePackages(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_DIR)
  const total = packages.reduce((sum, p) => sum + p.bytes, 0)
  console.log('WeChat package sizes (limit 2048 KB per package; main package test limit 1536 KB):')
  for (const p of packages)
    console.log(`  ${(p.name === 'main' ? 'main package' : `subpackage ${p.name}/`).padEnd(24)} ${formatKb(p.bytes).padStart(10)}  (${p.files} files)`)
  console.log(`  ${'total'.padEnd(24)} ${formatKb(total).padStart(10)}`)
  const main = packages.find((p) => p.name === 'main')
  if (main.bytes > MAIN_PACKAGE_LIMIT_BYTES) {
    console.error(`✖ the main package is ${formatKb(main.bytes)}, over ${formatKb(MAIN_PACKAGE_LIMIT_BYTES)}`)
    process.exit(1)
  }
}
