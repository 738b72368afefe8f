/**
 * `npm run bench -- matching [postings] [workers]`: the feed and candidates queries at city scale.
 *
 * Seeds its own MariaDB database (lingong_bench_*) through the reviewed migrations with 200,000 open
 * postings and 200,000 workers spread over Heze, then times, for each query and radius:
 *   - grid:  the SQL the app runs (PostingRepository.findOpenInBox, WorkerTradeRepository.findWorkerIdsInBox) (latitude bands of the box on the (…, latCell, lng) index);
 *   - box:   the same box on a plain (status, lat, lng) index, added here only to compare;
 *   - scan:  no index, the distance computed for every row (the naive way).
 * It checks that all three find the same rows, prints p50/p99 and the scan/grid ratio, and EXPLAIN.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { boundingBox, haversineKm, latCellOf, latCellsBetween, relatedTradeCodes, TRADES } from '@lingong/shared';
import { parseDatabaseUrl } from '../apps/api/src/config/config';
import { buildDataSourceOptions } from '../apps/api/src/database/data-source-options';

const apiRequire = createRequire(join(__dirname, '..', 'apps', 'api', 'package.json'));
const { DataSource } = apiRequire('typeorm') as typeof import('typeorm');
type DataSource = import('typeorm').DataSource;

const POSTINGS = Number(process.argv[2] ?? 200_000);
const WORKERS = Number(process.argv[3] ?? 200_000);
const EMPLOYERS = 2_000;
const BATCH = 5_000;
const ITERATIONS = 60;
const RADII_KM = [5, 20];
/** Heze's extent (GCJ-02), about 120 km × 125 km. */
const AREA = { minLat: 34.65, maxLat: 35.85, minLng: 115.0, maxLng: 116.35 };
const COUNTIES = ['371702', '371703', '371721', '371722', '371723', '371724', '371725', '371726', '371728'];
const FINE_TRADES = TRADES.filter((t) => t.parentCode).map((t) => t.code);

let seed = 20261128;
/** Deterministic, so runs are comparable. */
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const point = () => ({
  lat: +(AREA.minLat + random() * (AREA.maxLat - AREA.minLat)).toFixed(6),
  lng: +(AREA.minLng + random() * (AREA.maxLng - AREA.minLng)).toFixed(6),
});
const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** Generated values only (numbers and plain strings without quotes), so literals need no escaping. */
function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && !/['\\]/.test(value)) return `'${value}'`;
  throw new Error(`unexpected value ${String(value)}`);
}

/** Multi-row INSERTs of BATCH rows, in one transaction per table. */
async function insertRows(ds: DataSource, table: string, columns: string[], count: number, row: (i: number) => unknown[]): Promise<void> {
  await ds.transaction(async (manager) => {
    for (let start = 0; start < count; start += BATCH) {
      const n = Math.min(BATCH, count - start);
      const tuples: string[] = [];
      for (let i = 0; i < n; i += 1)
        tuples.push(
          `(${row(start + i)
            .map(literal)
            .join(',')})`,
        );
      await manager.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) VALUES ${tuples.join(',')}`);
    }
  });
}

async function seedData(ds: DataSource): Promise<void> {
  const now = new Date();
  const consentAt = sqlTime(now);
  await insertRows(ds, 'employer', ['id', 'userId', 'kind', 'name', 'contactName', 'phone', 'address', 'countyCode', 'status'], EMPLOYERS, (i) => [
    i + 1,
    1_000_000 + i,
    'person',
    `用工方${i}`,
    '王经理',
    '13900000000',
    '牡丹区',
    pick(COUNTIES),
    i % 50 === 0 ? 'suspended' : 'verified',
  ]);
  const validUntil = sqlTime(new Date(now.getTime() + 7 * 86400_000));
  await insertRows(
    ds,
    'posting',
    [
      'employerId',
      'countyCode',
      'trade',
      'title',
      'description',
      'headcount',
      'filledCount',
      'payAmountFen',
      'payUnit',
      'settlement',
      'address',
      'lat',
      'lng',
      'latCell',
      'startDate',
      'durationDays',
      'endDate',
      'workHours',
      'contactPhone',
      'validUntil',
      'status',
      'publishedAt',
    ],
    POSTINGS,
    () => {
      const p = point();
      const hourly = random() < 0.15;
      return [
        1 + Math.floor(random() * EMPLOYERS),
        pick(COUNTIES),
        pick(FINE_TRADES),
        '招工',
        '干活',
        1 + Math.floor(random() * 5),
        0,
        hourly ? 2000 + Math.floor(random() * 3000) : 12000 + Math.floor(random() * 18000),
        hourly ? 'hour' : 'day',
        pick(['daily', 'weekly', 'on_completion']),
        '菏泽',
        p.lat,
        p.lng,
        latCellOf(p.lat),
        '2026-12-01',
        3,
        '2026-12-03',
        '07:00-17:00',
        '13900000000',
        validUntil,
        'open',
        sqlTime(new Date(now.getTime() - random() * 72 * 3600_000)),
      ];
    },
  );
  const workerPoints: { lat: number; lng: number; trades: string[] }[] = [];
  await insertRows(ds, 'worker', ['id', 'userId', 'realName', 'trades', 'countyCode', 'lat', 'lng', 'consentVersion', 'consentAt', 'phone'], WORKERS, (i) => {
    const p = point();
    const trades = random() < 0.4 ? [pick(FINE_TRADES), pick(FINE_TRADES)].filter((t, k, all) => all.indexOf(t) === k) : [pick(FINE_TRADES)];
    workerPoints.push({ ...p, trades });
    return [i + 1, 2_000_000 + i, '李春生', JSON.stringify(trades), pick(COUNTIES), p.lat, p.lng, '2026-11', consentAt, '13800000000'];
  });
  const tradeRows = workerPoints.flatMap((w, i) => w.trades.map((tradeCode) => ({ workerId: i + 1, tradeCode, ...w })));
  await insertRows(ds, 'worker_trade', ['workerId', 'tradeCode', 'lat', 'lng', 'latCell'], tradeRows.length, (i) => {
    const r = tradeRows[i];
    return [r.workerId, r.tradeCode, r.lat, r.lng, latCellOf(r.lat)];
  });
  await ds.query('ANALYZE TABLE posting, worker_trade, employer, worker');
  await ds.query('ANALYZE TABLE posting, worker_trade, employer, worker');
}

const HAVERSINE = (alias: string) =>
  `(6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(${alias}.lat - ?) / 2), 2) + COS(RADIANS(?)) * COS(RADIANS(${alias}.lat)) * POW(SIN(RADIANS(${alias}.lng - ?) / 2), 2))))`;

type Query = { sql: string; params: unknown[] };
type Variant = 'grid' | 'box' | 'scan';

/**
 * The feed's SQL as PostingRepository.findOpenInBox builds it (grid), and the two comparisons. The
 * suspended employers' ids come from EmployersService.suspendedIds() (timed on its own below), so
 * the posting query reads no other table.
 */
function feedQuery(variant: Variant, center: { lat: number; lng: number }, radiusKm: number, now: Date, suspended: number[]): Query {
  const b = boundingBox(center, radiusKm);
  const select = 'SELECT p.id, p.employerId, p.lat, p.lng, p.trade, p.payAmountFen, p.payUnit, p.settlement, p.publishedAt';
  const tail = `AND p.validUntil > ?${suspended.length ? ` AND p.employerId NOT IN (${suspended.map(() => '?').join(',')})` : ''}`;
  if (variant === 'scan') {
    return {
      sql: `${select} FROM posting p IGNORE INDEX (IDX_posting_status_cell, IDX_bench_status_lat_lng, IDX_posting_status_valid_until, IDX_posting_county_status) WHERE p.status = 'open' AND ${HAVERSINE('p')} <= ? ${tail}`,
      params: [center.lat, center.lat, center.lng, radiusKm, now, ...suspended],
    };
  }
  if (variant === 'box') {
    return {
      sql: `${select} FROM posting p FORCE INDEX (IDX_bench_status_lat_lng) WHERE p.status = 'open' AND p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? ${tail}`,
      params: [b.minLat, b.maxLat, b.minLng, b.maxLng, now, ...suspended],
    };
  }
  const cells = latCellsBetween(b.minLat, b.maxLat);
  return {
    sql: `${select} FROM posting p WHERE p.status = 'open' AND p.latCell IN (${cells.map(() => '?').join(',')}) AND p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? ${tail}`,
    params: [...cells, b.minLat, b.maxLat, b.minLng, b.maxLng, now, ...suspended],
  };
}

/** The candidates' SQL as WorkerTradeRepository.findWorkerIdsInBox builds it (grid), and the comparisons. */
function candidatesQuery(variant: Variant, site: { lat: number; lng: number }, trade: string, radiusKm: number): Query {
  const b = boundingBox(site, radiusKm);
  const trades = relatedTradeCodes(trade);
  const inTrades = `wt.tradeCode IN (${trades.map(() => '?').join(',')})`;
  if (variant === 'scan') {
    return {
      sql: `SELECT DISTINCT wt.workerId, wt.lat, wt.lng FROM worker_trade wt IGNORE INDEX (IDX_worker_trade_cell, IDX_bench_trade_lat_lng) WHERE ${inTrades} AND ${HAVERSINE('wt')} <= ?`,
      params: [...trades, site.lat, site.lat, site.lng, radiusKm],
    };
  }
  if (variant === 'box') {
    return {
      sql: `SELECT DISTINCT wt.workerId, wt.lat, wt.lng FROM worker_trade wt FORCE INDEX (IDX_bench_trade_lat_lng) WHERE ${inTrades} AND wt.lat BETWEEN ? AND ? AND wt.lng BETWEEN ? AND ?`,
      params: [...trades, b.minLat, b.maxLat, b.minLng, b.maxLng],
    };
  }
  const cells = latCellsBetween(b.minLat, b.maxLat);
  return {
    sql: `SELECT DISTINCT wt.workerId, wt.lat, wt.lng FROM worker_trade wt WHERE ${inTrades} AND wt.latCell IN (${cells.map(() => '?').join(',')}) AND wt.lat BETWEEN ? AND ? AND wt.lng BETWEEN ? AND ?`,
    params: [...trades, ...cells, b.minLat, b.maxLat, b.minLng, b.maxLng],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(ds: DataSource, make: (i: number) => Query, iterations: number): Promise<{ p50: number; p99: number; rows: number }> {
  // Warm the buffer pool for this access path first: every variant is timed warm.
  for (let i = 0; i < 3; i += 1) await ds.query(make(i).sql, make(i).params);
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < iterations; i += 1) {
    const q = make(i);
    const started = process.hrtime.bigint();
    const result: unknown[] = await ds.query(q.sql, q.params);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    rows += result.length;
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), rows: Math.round(rows / iterations) };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const server = process.env.E2E_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const name = `lingong_bench_${Date.now().toString(36)}`;
  const admin = new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(`${server}/mysql`, process.cwd(), [])!), entities: [], migrations: [] });
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const ds = new DataSource(buildDataSourceOptions(parseDatabaseUrl(`${server}/${name}`, process.cwd(), [])!));
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const [{ version }] = await ds.query('SELECT VERSION() AS version');
    console.log(`database ${name} (MariaDB ${version}); seeding ${POSTINGS} postings, ${WORKERS} workers, ${EMPLOYERS} employers`);
    let started = Date.now();
    await seedData(ds);
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    started = Date.now();
    // The alternative design, covering the same columns: a plain box on (…, lat, lng).
    await ds.query(
      'CREATE INDEX IDX_bench_status_lat_lng ON posting (status, lat, lng, validUntil, employerId, trade, payAmountFen, payUnit, settlement, publishedAt)',
    );
    await ds.query('CREATE INDEX IDX_bench_trade_lat_lng ON worker_trade (tradeCode, lat, lng)');
    console.log(`comparison indexes built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const now = new Date();
    const SUSPENDED_SQL = "SELECT id FROM employer WHERE status = 'suspended'";
    const suspended = ((await ds.query(SUSPENDED_SQL)) as { id: number }[]).map((r) => Number(r.id));
    const centers = Array.from({ length: ITERATIONS }, () => ({ ...point(), trade: pick(FINE_TRADES) }));

    // The three variants must agree on what is within the radius.
    for (const radiusKm of RADII_KM) {
      for (const c of centers.slice(0, 5)) {
        const within = (rows: { id?: number; workerId?: number; lat: string; lng: string }[]) =>
          rows
            .filter((r) => haversineKm(c, { lat: Number(r.lat), lng: Number(r.lng) }) <= radiusKm)
            .map((r) => Number(r.id ?? r.workerId))
            .sort((a, b) => a - b);
        for (const [label, make] of [
          ['feed', (v: Variant) => feedQuery(v, c, radiusKm, now, suspended)],
          ['candidates', (v: Variant) => candidatesQuery(v, c, c.trade, radiusKm)],
        ] as const) {
          const [grid, box, scan] = await Promise.all((['grid', 'box', 'scan'] as const).map(async (v) => within(await ds.query(make(v).sql, make(v).params))));
          if (JSON.stringify(grid) !== JSON.stringify(scan) || JSON.stringify(box) !== JSON.stringify(scan))
            throw new Error(`${label} variants disagree at ${JSON.stringify(c)} r=${radiusKm}`);
        }
      }
    }
    console.log('grid, box and scan find the same rows within the radius (checked on 5 points per radius)');

    console.log('\nquery        radius  variant  p50        p99        rows/query');
    const summary: string[] = [];
    for (const radiusKm of RADII_KM) {
      for (const [label, make] of [
        ['feed', (v: Variant, i: number) => feedQuery(v, centers[i], radiusKm, now, suspended)],
        ['candidates', (v: Variant, i: number) => candidatesQuery(v, centers[i], centers[i].trade, radiusKm)],
      ] as const) {
        const results = {} as Record<Variant, { p50: number; p99: number; rows: number }>;
        for (const v of ['grid', 'box', 'scan'] as const) {
          results[v] = await time(ds, (i) => make(v, i), v === 'scan' ? Math.min(ITERATIONS, 20) : ITERATIONS);
          console.log(
            `${label.padEnd(12)} ${String(radiusKm).padStart(3)} km  ${v.padEnd(7)}  ${ms(results[v].p50).padEnd(9)}  ${ms(results[v].p99).padEnd(9)}  ${results[v].rows}`,
          );
        }
        summary.push(
          `${label} ${radiusKm} km: scan/grid p50 ratio ${(results.scan.p50 / results.grid.p50).toFixed(1)}×, box/grid ${(results.box.p50 / results.grid.p50).toFixed(2)}×`,
        );
      }
    }
    const lookup = await time(ds, () => ({ sql: SUSPENDED_SQL, params: [] }), ITERATIONS);
    console.log(`feed's suspended-employer look-up (once per feed request, ${suspended.length} ids): p50 ${ms(lookup.p50)}, p99 ${ms(lookup.p99)}`);
    console.log(`\n${summary.join('\n')}`);

    const c = centers[0];
    for (const [label, q] of [
      ['feed (grid, 5 km)', feedQuery('grid', c, 5, now, suspended)],
      ['candidates (grid, 5 km)', candidatesQuery('grid', c, c.trade, 5)],
      ['feed (scan)', feedQuery('scan', c, 5, now, suspended)],
    ] as const) {
      const plan: Record<string, unknown>[] = await ds.query(`EXPLAIN ${q.sql}`, q.params);
      console.log(`\nEXPLAIN ${label}`);
      for (const row of plan) console.log(`  table=${row.table} type=${row.type} key=${row.key} rows=${row.rows} extra=${row.Extra}`);
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    if (!process.env.BENCH_KEEP_DATABASE) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
