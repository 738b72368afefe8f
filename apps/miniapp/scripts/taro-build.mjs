// `pnpm build:weapp|build:h5`: runs `taro build` with its progress output sent to a log file
// (it prints terminal control codes), and prints the tail of the log when the build fails.
import { spawnSync } from 'node:child_process'
import { mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const type = process.argv[2]
if (!['weapp', 'h5'].includes(type)) {
  console.error('usage: node scripts/taro-build.mjs weapp|h5')
  process.exit(64)
}
mkdirSync(join(app, 'dist'), { recursive: true })
const logFile = join(app, 'dist', `build-${type}.log`)
const out = openSync(logFile, 'w')
const started = Date.now()
const taro = join(app, 'node_modules', '.bin', 'taro')
const result = spawnSync(taro, ['build', '--type', type], {
  cwd: app,
  stdio: ['ignore', out, out],
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV === 'development' ? 'development' : 'production', FORCE_COLOR: '0' },
})
const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (result.status !== 0) {
  const log = readFileSync(logFile, 'utf8')
  console.error(log.split('\n').slice(-60).join('\n'))
  console.error(`✖ taro build --type ${type} failed after ${seconds} s (full log: ${logFile})`)
  process.exit(result.status ?? 1)
}
console.log(`✓ taro build --type ${type} in ${seconds} s → dist/${type} (log: ${logFile})`)
if (type === 'h5') precompress(join(app, 'dist', 'h5'))

/**
 * Brotli (at its best, too slow to run per request) and gzip copies beside each text file of the H5
 * build: the API serves them as they are (@fastify/static's preCompressed), a cheap phone on a slow
 * network gets the fewest bytes.
 */
function precompress(dir) {
  let plain = 0
  let brotli = 0
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(name))
    if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue
    const bytes = readFileSync(file)
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
    writeFileSync(`${file}.br`, br)
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
    plain += bytes.length
    brotli += br.length
  }
  console.log(`  precompressed: ${Math.round(plain / 1024)} KiB → ${Math.round(brotli / 1024)} KiB brotli`)
}
if (type === 'weapp') {
  const sizes = spawnSync(process.execPath, [join(app, 'scripts', 'package-size.cjs')], { stdio: 'inherit' })
  process.exit(sizes.status ?? 1)
}
