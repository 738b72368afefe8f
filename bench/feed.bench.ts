/**
 * The job feed end to end over HTTP (issue 19).
 * `npm run bench -- feed [sizes…] [--large] [--sqlite] [--spread] [--requests N] [--connections C]`
 *
 * Creates its own MariaDB database (lingong_bench_*; --sqlite: a SQLite file instead), migrates it,
 * starts the real API on a port and, for each size (open postings, default 200 and 5000; --large adds
 * 50000), seeds postings within about 5 km of one point in Heze (--spread: over the whole city, about
 * 120 × 125 km, so about 2% fall within the feed's 10 km), then fires, over C keep-alive connections (default 50):
 *   baseline – GET /api/bench/newest-postings: the same guard, the newest 20 open postings in plain SQL
 *   feed     – GET /api/postings/feed?lat&lng: the real ranked feed of the worker
 * interleaved (baseline half, feed, baseline half) so a change in the machine's load weighs on both.
 * Prints req/s, p50/p99, this process's RSS during each burst (the API runs in this process) and the
 * feed's ratio to the baseline. Not a test: it fails only on wrong answers, never on a slow machine.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { latCellOf, TRADES } from '@lingong/shared';
import { benchOption, openBenchApp } from './bench-app';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => benchOption(args, name, fallback);
const optionValues = new Set(['--requests', '--connections'].flatMap((o) => (args.indexOf(o) >= 0 ? [args.indexOf(o) + 1] : [])));
const positional = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i)).map(Number);
const SIZES = [...(positional.length ? positional : [200, 5000]), ...(args.includes('--large') ? [50_000] : [])].sort((a, b) => a - b);
const REQUESTS = option('requests', 1000);
const CONNECTIONS = option('connections', 50);
const WORKERS = 500;
const EMPLOYERS = 50;
const ENGINE = args.includes('--sqlite') ? 'sqlite' : 'mariadb';
const SPREAD_OVER_CITY = args.includes('--spread');
/** Spread over the city, a small size may leave fewer than a page within the radius. */
const FEED_MIN_ITEMS = SPREAD_OVER_CITY ? 0 : 20;
// SQLite binds at most 32,766 parameters a statement (22 a posting).
const BATCH = ENGINE === 'sqlite' ? 1000 : 5000;
/** The worker's position: central Mudan district. */
const CENTER = { lat: 35.25, lng: 115.45 };
/** Postings lie within ±0.04° lat / ±0.05° lng of it (about 4.5 km), inside the feed's default 10 km; --spread: all of Heze. */
const SPREAD = SPREAD_OVER_CITY ? { lat: 0.6, lng: 0.675 } : { lat: 0.04, lng: 0.05 };
const SPREAD_CENTER = SPREAD_OVER_CITY ? { lat: 35.25, lng: 115.675 } : CENTER;
const FINE_TRADES = TRADES.filter((t) => t.parentCode).map((t) => t.code);

let seed = 20261207;
/** Deterministic, so runs are comparable. */
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

interface BurstResult {
  name: string;
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  rssPeakMb: number;
  rssMeanMb: number;
  wrong: string[];
}

function get(agent: Agent, port: number, path: string, token: string): Promise<{ status: number; ms: number; body: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** `count` GETs of `path` by the workers in turn; an answer is wrong unless 200 with `minItems` items or more. */
async function burst(name: string, port: number, path: string, tokens: string[], count: number, minItems: number): Promise<BurstResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = new Array(count);
  const wrong: string[] = [];
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 25);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < count; i = next++) {
        const res = await get(agent, port, path, tokens[i % tokens.length]);
        latencies[i] = res.ms;
        let ok = res.status === 200;
        if (ok) ok = ((JSON.parse(res.body) as { items?: unknown[] }).items?.length ?? 0) >= minItems;
        if (!ok && wrong.length < 10) wrong.push(`${res.status} ${res.body.slice(0, 200)}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  rss.push(process.memoryUsage().rss);
  agent.destroy();
  const sorted = latencies.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mb = (b: number) => b / 1024 / 1024;
  return {
    name,
    requests: count,
    seconds,
    perSecond: count / seconds,
    p50: at(0.5),
    p99: at(0.99),
    rssPeakMb: mb(Math.max(...rss)),
    rssMeanMb: mb(rss.reduce((a, b) => a + b, 0) / rss.length),
    wrong,
  };
}

async function main(): Promise<void> {
  const bench = await openBenchApp(
    (dbName) =>
      `database ${dbName}; sizes ${SIZES.join(', ')} open postings ${SPREAD_OVER_CITY ? 'over the city' : 'nearby'}; ${REQUESTS} requests per burst, ${CONNECTIONS} keep-alive connections`,
    ENGINE,
  );
  const { db, port, signAccessToken } = bench;
  let failed = false;
  try {
    const [{ version }] = await db.query(ENGINE === 'sqlite' ? 'SELECT sqlite_version() AS version' : 'SELECT VERSION() AS version');
    console.log(`${ENGINE === 'sqlite' ? 'SQLite' : 'MariaDB'} ${version}, Node ${process.version}`);

    // Employers (verified, owned by placeholder users) and registered workers near the point.
    const now = new Date();
    const employerUsers = Array.from({ length: EMPLOYERS }, (_, i) => [`bench-e-${i}`, '["employer"]']);
    await db.query(`INSERT INTO app_user (openid, roles) VALUES ${employerUsers.map(() => '(?,?)').join(',')}`, employerUsers.flat());
    const eUsers: { id: number }[] = await db.query("SELECT id FROM app_user WHERE openid LIKE 'bench-e-%' ORDER BY id");
    const employers = eUsers.map((u, i) => [u.id, 'person', `用工方${i}`, '王经理', '13900000000', '牡丹区', '371702', 'verified']);
    await db.query(
      `INSERT INTO employer (userId, kind, name, contactName, phone, address, countyCode, status) VALUES ${employers.map(() => '(?,?,?,?,?,?,?,?)').join(',')}`,
      employers.flat(),
    );
    const employerIds: number[] = (await db.query('SELECT id FROM employer ORDER BY id')).map((r: { id: number }) => Number(r.id));
    const workerUsers = Array.from({ length: WORKERS }, (_, i) => [`bench-w-${i}`, '["worker"]']);
    await db.query(`INSERT INTO app_user (openid, roles) VALUES ${workerUsers.map(() => '(?,?)').join(',')}`, workerUsers.flat());
    const wUsers: { id: number }[] = await db.query("SELECT id FROM app_user WHERE openid LIKE 'bench-w-%' ORDER BY id");
    const workers = wUsers.map((u) => [u.id, '基准工人', JSON.stringify([pick(FINE_TRADES)]), '371702', CENTER.lat, CENTER.lng, '2026-01', sqlTime(now)]);
    await db.query(
      `INSERT INTO worker (userId, realName, trades, countyCode, lat, lng, consentVersion, consentAt) VALUES ${workers.map(() => '(?,?,?,?,?,?,?,?)').join(',')}`,
      workers.flat(),
    );
    // "Logged in": each worker holds an access token signed as the login would (the WeChat exchange is not benchmarked).
    const tokens = wUsers.map((u) => signAccessToken(Number(u.id)));

    const validUntil = sqlTime(new Date(now.getTime() + 7 * 86400_000));
    let seeded = 0;
    const seedTo = async (size: number): Promise<void> => {
      const t0 = performance.now();
      for (; seeded < size;) {
        const n = Math.min(BATCH, size - seeded);
        const rows: unknown[][] = [];
        for (let i = 0; i < n; i += 1) {
          const lat = +(SPREAD_CENTER.lat + (random() * 2 - 1) * SPREAD.lat).toFixed(6);
          const lng = +(SPREAD_CENTER.lng + (random() * 2 - 1) * SPREAD.lng).toFixed(6);
          const hourly = random() < 0.15;
          rows.push([
            pick(employerIds),
            '371702',
            pick(FINE_TRADES),
            '招工',
            '干活',
            1 + Math.floor(random() * 5),
            0,
            hourly ? 2000 + Math.floor(random() * 3000) : 12000 + Math.floor(random() * 18000),
            hourly ? 'hour' : 'day',
            pick(['daily', 'weekly', 'on_completion']),
            '菏泽',
            lat,
            lng,
            latCellOf(lat),
            '2026-12-01',
            3,
            '2026-12-03',
            '07:00-17:00',
            '13900000000',
            validUntil,
            'open',
            sqlTime(new Date(now.getTime() - random() * 72 * 3600_000)),
          ]);
        }
        await db.query(
          `INSERT INTO posting (employerId, countyCode, trade, title, description, headcount, filledCount, payAmountFen, payUnit, settlement, address, lat, lng, latCell, startDate, durationDays, endDate, workHours, contactPhone, validUntil, status, publishedAt) VALUES ${rows.map(() => `(${rows[0].map(() => '?').join(',')})`).join(',')}`,
          rows.flat(),
        );
        seeded += n;
      }
      await db.query(ENGINE === 'sqlite' ? 'ANALYZE' : 'ANALYZE TABLE posting');
      if (SPREAD_OVER_CITY) {
        const [{ n }] = await db.query(
          `SELECT COUNT(*) AS n FROM posting WHERE status = 'open' AND lat BETWEEN ${CENTER.lat - 0.09} AND ${CENTER.lat + 0.09} AND lng BETWEEN ${CENTER.lng - 0.11} AND ${CENTER.lng + 0.11}`,
        );
        console.log(`  about ${n} of them in the feed's 10 km box`);
      }
      console.log(`seeded to ${size} open postings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    };

    const feedPath = `/api/postings/feed?lat=${CENTER.lat}&lng=${CENTER.lng}`;
    const basePath = '/api/bench/newest-postings';
    const table: { size: number; results: BurstResult[]; baseline: number }[] = [];
    for (const size of SIZES) {
      await seedTo(size);
      // Warm-up: JIT, pools and both routes' code paths.
      await burst('warm-up', port, basePath, tokens, 300, 20);
      await burst('warm-up', port, feedPath, tokens, 300, FEED_MIN_ITEMS);
      const half = Math.floor(REQUESTS / 2);
      const results = [
        await burst('baseline (newest 20), first half', port, basePath, tokens, half, 20),
        await burst('feed', port, feedPath, tokens, REQUESTS, FEED_MIN_ITEMS),
        await burst('baseline (newest 20), second half', port, basePath, tokens, REQUESTS - half, 20),
      ];
      const baseline = (results[0].requests + results[2].requests) / (results[0].seconds + results[2].seconds);
      table.push({ size, results, baseline });
      console.log(`  ${size}: feed ${Math.round(results[1].perSecond)} req/s, baseline ${Math.round(baseline)} req/s`);
    }

    console.log('\n| open postings nearby | burst | requests | seconds | req/s | p50 ms | p99 ms | RSS peak / mean MB | vs baseline |');
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { size, results, baseline } of table)
      for (const r of results) {
        const ratio = r.name === 'feed' ? `${Math.round((r.perSecond / baseline) * 100)}%` : '';
        console.log(
          `| ${size} | ${r.name} | ${r.requests} | ${r.seconds.toFixed(2)} | ${Math.round(r.perSecond)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rssPeakMb.toFixed(0)} / ${r.rssMeanMb.toFixed(0)} | ${ratio} |`,
        );
      }
    for (const { size, baseline } of table) console.log(`baseline over both halves at ${size}: ${Math.round(baseline)} req/s`);
    if (table.length > 1) {
      const first = table[0].results[1].perSecond;
      for (const t of table.slice(1))
        console.log(`feed at ${t.size} vs at ${table[0].size}: ${Math.round((t.results[1].perSecond / first) * 100)}% of the req/s`);
    }
    for (const { size, results } of table)
      for (const r of results) if (r.wrong.length) console.log(`unexpected answers in "${r.name}" at ${size}:\n  ${r.wrong.join('\n  ')}`);
    failed = table.some((t) => t.results.some((r) => r.wrong.length > 0));
    console.log(failed ? '\n✖ some answers were wrong' : '\n✔ every answer was 200 with a full page');
  } finally {
    await bench.close();
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
