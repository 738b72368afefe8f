/**
 * The morning peak at the market gate (issue 4). `npm run bench -- checkin [--workers N] [--connections C]`
 *
 * Creates its own MariaDB database (lingong_bench_*), migrates it, seeds registered workers and 20
 * markets, starts the real API on a port and fires, over keep-alive connections from this process:
 *   baseline  – a minimal authenticated route doing one single-row insert (same guard, same server)
 *   one market – every worker scans the same market's code, 10% of them twice
 *   20 markets – every worker scans one of 20 markets' codes at once, 10% twice
 * then checks in the database that exactly one row exists per worker per market (none lost, none
 * doubled) and prints check-ins/s, p50/p99 and the ratio to the baseline. Not a test: it fails only
 * when the rows or the answers are wrong, never because the machine is slow.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { shanghaiDate } from '@lingong/shared';
import { BENCH_BASELINE_TABLE_SQL } from '../apps/api/test/support/bench-baseline.module';
import { benchOption, openBenchApp } from './bench-app';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => benchOption(args, name, fallback);
const WORKERS = option('workers', 5000);
const MARKETS = 20;
const CONNECTIONS = option('connections', 100);
const REPEAT_SHARE = 0.1;
const WARMERS = 200;

interface Shot {
  path: string;
  token: string;
  body: Record<string, unknown>;
  /** Statuses that are right for this shot. */
  expect: number[];
  /** For check-ins: worker:market, to count that each pair got exactly one 201. */
  key?: string;
}
interface BurstResult {
  name: string;
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  wrong: string[];
  /** 201 answers per worker:market key. */
  created: Map<string, number>;
}

function post(agent: Agent, port: number, shot: Shot): Promise<{ status: number; ms: number; body: string }> {
  const payload = JSON.stringify(shot.body);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: shot.path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${shot.token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function burst(name: string, port: number, shots: Shot[]): Promise<BurstResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = new Array(shots.length);
  const wrong: string[] = [];
  const created = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < shots.length; i = next++) {
        const res = await post(agent, port, shots[i]);
        latencies[i] = res.ms;
        const shot = shots[i];
        if (!shot.expect.includes(res.status) && wrong.length < 10) wrong.push(`${res.status} ${res.body.slice(0, 200)}`);
        if (shot.key && res.status === 201) created.set(shot.key, (created.get(shot.key) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, requests: shots.length, seconds, perSecond: shots.length / seconds, p50: at(0.5), p99: at(0.99), wrong, created };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

async function main(): Promise<void> {
  const bench = await openBenchApp((dbName) => `database ${dbName}; ${WORKERS} workers, ${MARKETS} markets, ${CONNECTIONS} keep-alive connections`);
  const { db, port, signAccessToken } = bench;
  let failed = false;
  try {
    await db.query(BENCH_BASELINE_TABLE_SQL);

    // Seed: markets open all day, workers registered (personal fields kept minimal), one admin.
    const seedStart = performance.now();
    const marketValues = Array.from({ length: MARKETS }, (_, i) => [
      `基准测试零工市场${i + 1}`,
      'public',
      '371702',
      '牡丹区基准路1号',
      35.2 + i * 0.01,
      115.4 + i * 0.01,
      '00:00-24:00',
      '[]',
      '0530-5311234',
      '[]',
      'open',
    ]);
    await db.query(
      `INSERT INTO market (name, type, countyCode, address, lat, lng, openingHours, services, phone, trades, status) VALUES ${marketValues.map(() => '(?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
      marketValues.flat(),
    );
    const marketIds: number[] = (await db.query('SELECT id FROM market ORDER BY id')).map((r: { id: number }) => Number(r.id));
    await db.query(`INSERT INTO app_user (openid, roles) VALUES ('bench-admin', '["admin"]')`);
    const now = new Date();
    for (let from = 0; from < WORKERS + WARMERS; from += 1000) {
      const n = Math.min(1000, WORKERS + WARMERS - from);
      const users = Array.from({ length: n }, (_, k) => [`bench-w-${from + k}`, '["worker"]']);
      await db.query(`INSERT INTO app_user (openid, roles) VALUES ${users.map(() => '(?,?)').join(',')}`, users.flat());
    }
    const userRows: { id: number; openid: string }[] = await db.query("SELECT id, openid FROM app_user WHERE openid LIKE 'bench-w-%' ORDER BY id");
    for (let from = 0; from < userRows.length; from += 1000) {
      const slice = userRows.slice(from, from + 1000);
      const values = slice.map((u) => [u.id, '基准工人', '["construction.mason"]', '371702', '2026-01', now]);
      await db.query(
        `INSERT INTO worker (userId, realName, trades, countyCode, consentVersion, consentAt) VALUES ${values.map(() => '(?,?,?,?,?,?)').join(',')}`,
        values.flat(),
      );
    }
    const workerRows: { id: number; userId: number }[] = await db.query('SELECT id, userId FROM worker ORDER BY id');
    const workerIdOfUser = new Map(workerRows.map((w) => [Number(w.userId), Number(w.id)]));
    const everyone = userRows.map((u) => ({
      userId: Number(u.id),
      workerId: workerIdOfUser.get(Number(u.id)) as number,
      token: signAccessToken(Number(u.id)),
    }));
    const workers = everyone.slice(0, WORKERS);
    const warmers = everyone.slice(WORKERS);
    const [admin] = await db.query("SELECT id FROM app_user WHERE openid = 'bench-admin'");
    const adminToken = signAccessToken(Number(admin.id));
    console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const gateTokens = async (): Promise<Map<number, string>> => {
      const tokens = new Map<number, string>();
      for (const id of marketIds) {
        const res = await fetch(`http://127.0.0.1:${port}/api/markets/${id}/gate-token`, { headers: { authorization: `Bearer ${adminToken}` } });
        tokens.set(id, ((await res.json()) as { scene: string }).scene);
      }
      return tokens;
    };
    const baselineShots = (ws: typeof workers): Shot[] => shuffle(ws.map((w) => ({ path: '/api/bench/baseline', token: w.token, body: {}, expect: [201] })));
    const seen = new Set<string>();
    /** Keys of a burst that must get exactly one 201 in that burst (new pairs); the others none. */
    const newInBurst: Set<string>[] = [];
    const checkinShots = (marketOf: (i: number) => number, tokens: Map<number, string>): Shot[] => {
      const firsts: Shot[] = [];
      const repeats: Shot[] = [];
      const fresh = new Set<string>();
      workers.forEach((w, i) => {
        const marketId = marketOf(i);
        const key = `${w.workerId}:${marketId}`;
        if (!seen.has(key)) fresh.add(key);
        seen.add(key);
        const shot = { path: '/api/checkins', token: w.token, body: { token: tokens.get(marketId) }, expect: [200, 201], key };
        firsts.push(shot);
        if (Math.random() < REPEAT_SHARE) repeats.push({ ...shot });
      });
      newInBurst.push(fresh);
      // Repeated scans land in the second half of the burst, mixed with first scans (a worker scanning twice in a row).
      const shots = shuffle(firsts);
      const half = Math.floor(shots.length / 2);
      return [...shots.slice(0, half), ...shuffle([...shots.slice(half), ...repeats])];
    };

    // Warm-up (JIT, connection pools, both routes' code paths) by extra workers who take no part in
    // the bursts; their check-ins at the last market are counted in the verification.
    const warm = warmers.slice(0, 200);
    await burst('warm-up', port, baselineShots(warm));
    const warmTokens = await gateTokens();
    await burst(
      'warm-up',
      port,
      warm.map((w) => ({ path: '/api/checkins', token: w.token, body: { token: warmTokens.get(marketIds[MARKETS - 1]) }, expect: [201] })),
    );
    for (const w of warm) seen.add(`${w.workerId}:${marketIds[MARKETS - 1]}`);

    const results: BurstResult[] = [];
    // The baseline runs half before and half after the check-ins, so a change in the machine's load
    // during the run (it is shared) weighs on both sides alike.
    const half = Math.floor(workers.length / 2);
    results.push(await burst('baseline (1 insert), first half', port, baselineShots(workers.slice(0, half))));
    let tokens = await gateTokens();
    results.push(
      await burst(
        'check-in, one market',
        port,
        checkinShots(() => marketIds[0], tokens),
      ),
    );
    tokens = await gateTokens();
    results.push(
      await burst(
        'check-in, 20 markets at once',
        port,
        checkinShots((i) => marketIds[i % MARKETS], tokens),
      ),
    );
    results.push(await burst('baseline (1 insert), second half', port, baselineShots(workers.slice(half))));

    // The database must hold exactly one row per (worker, market) the bursts named: none lost, none doubled.
    const rows: { workerId: number; marketId: number; day: string }[] = await db.query('SELECT workerId, marketId, day FROM checkin');
    const stored = rows.map((r) => `${r.workerId}:${r.marketId}`);
    const storedSet = new Set(stored);
    const lost = [...seen].filter((k) => !storedSet.has(k)).length;
    const doubled = stored.length - storedSet.size;
    const extra = [...storedSet].filter((k) => !seen.has(k)).length;
    const days = new Set(rows.map((r) => r.day));

    const baseline = (results[0].requests + results[3].requests) / (results[0].seconds + results[3].seconds);
    // Each new worker:market pair got exactly one 201 in its burst; a repeated pair got none.
    let wrongCreates = 0;
    [results[1], results[2]].forEach((r, b) => {
      for (const key of newInBurst[b]) if (r.created.get(key) !== 1) wrongCreates += 1;
      for (const [key, n] of r.created) if (!newInBurst[b].has(key) && n > 0) wrongCreates += 1;
    });
    console.log('\n| burst | requests | seconds | req/s | p50 ms | p99 ms | vs baseline |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      const ratio = r.name.startsWith('check-in') ? `${Math.round((r.perSecond / baseline) * 100)}%` : '';
      console.log(
        `| ${r.name} | ${r.requests} | ${r.seconds.toFixed(2)} | ${Math.round(r.perSecond)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${ratio} |`,
      );
    }
    console.log(`baseline over both halves: ${Math.round(baseline)} req/s`);
    console.log(
      `\nrows: ${rows.length} stored, ${seen.size} expected; lost ${lost}, doubled ${doubled}, unexpected ${extra}; pairs without exactly one 201: ${wrongCreates}; day(s) ${[...days].join(', ')} (today ${shanghaiDate()})`,
    );
    for (const r of results) if (r.wrong.length) console.log(`unexpected answers in "${r.name}":\n  ${r.wrong.join('\n  ')}`);
    failed = lost > 0 || doubled > 0 || extra > 0 || wrongCreates > 0 || rows.length !== seen.size || results.some((r) => r.wrong.length > 0);
    console.log(failed ? '\n✖ the check-ins in the database are not exactly one per worker per market' : '\n✔ exactly one row per worker per market');
  } finally {
    await bench.close();
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
