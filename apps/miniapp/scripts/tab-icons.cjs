// Renders the tab bar icons (81×81 PNG, as WeChat asks) from the SVG shapes below with Debian's
// Chromium: `node scripts/tab-icons.cjs` from apps/miniapp. The PNGs are committed in src/assets/tab/.
const { writeFileSync } = require('node:fs')
const { join } = require('node:path')
const { chromium } = require(require.resolve('playwright-core', { paths: [join(__dirname, '../../api')] }))

const SHAPES = {
  // 找活: a safety helmet.
  jobs: '<path d="M8 34 a16 16 0 0 1 32 0 z" fill="C"/><rect x="4" y="34" width="40" height="6" rx="3" fill="C"/><rect x="21" y="12" width="6" height="10" rx="2" fill="white"/>',
  // 市场: a map pin.
  markets: '<path d="M24 4 C14 4 8 11.5 8 20 C8 31 24 44 24 44 C24 44 40 31 40 20 C40 11.5 34 4 24 4 Z" fill="C"/><circle cx="24" cy="20" r="6" fill="white"/>',
  // 我的: a person.
  mine: '<circle cx="24" cy="15" r="9" fill="C"/><path d="M6 44 C6 32 14 27 24 27 C34 27 42 32 42 44 Z" fill="C"/>',
}
const COLOURS = { '': '#666666', '-on': '#b3261e' }

;(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [suffix, colour] of Object.entries(COLOURS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 48 48">${shape.replaceAll('"C"', `"${colour}"`)}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      writeFileSync(
        join(__dirname, '..', 'src', 'assets', 'tab', `${name}${suffix}.png`),
        await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } }),
      )
    }
  }
  await browser.close()
})().catch((error) => {
  console.error(error)
  process.exit(1)
})
