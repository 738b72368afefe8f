import { FEED_WEIGHTS, FRESHNESS_HOURS, HOURS_PER_WORKING_DAY, latCellsBetween, PAY_CEILING_FEN_PER_DAY, PAY_FLOOR_FEN_PER_DAY } from '@lingong/shared';
import type { FeedRankQuery } from './postings.types';

/** IUGG mean Earth radius, as in packages/shared geo.ts. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * The feed's order in SQL: `feedScore` (packages/shared postings.ts) and `haversineKm` (geo.ts) written
 * as one expression over the columns of IDX_posting_status_cell, so the database ranks the box
 * index-only and hands back just the page's ids. The order is the one the feed always had: score
 * rounded to 0.1 (as `score10`, Math.round semantics) descending, distance (to the millimetre) ascending,
 * id descending, and `(score10, distanceMm, id)` is the keyset of the next page. Freshness is computed as
 * of `query.at`, which the cursor carries, so the order stays the same from page to page.
 * MariaDB and SQLite (better-sqlite3 has the math functions) differ only in the age of a row. Divisions
 * use double literals (`e0`): MariaDB would otherwise divide in DECIMAL with four extra digits only.
 */
export function feedRankSql(query: FeedRankQuery, dialect: 'mysql' | 'sqlite'): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  /** Strings and times as parameters, each used once in the text. */
  const p = (value: unknown) => {
    params.push(value);
    return '?';
  };
  /** Integers (cells, ids, keys, the limit) written into the text. */
  const n = (value: number) => {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  };
  /** A double literal (exponent form), so MariaDB computes in floating point and not in DECIMAL. */
  const f = (value: number) => {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return value.toExponential();
  };
  const clamp01 = (x: string) => (dialect === 'mysql' ? `LEAST(1, GREATEST(0, ${x}))` : `MIN(1, MAX(0, ${x}))`);
  const halfRadian = f(Math.PI / 360);
  const sinHalfLat = `SIN((p.lat - ${f(query.center.lat)}) * ${halfRadian})`;
  const sinHalfLng = `SIN((p.lng - ${f(query.center.lng)}) * ${halfRadian})`;
  const h = `(${sinHalfLat} * ${sinHalfLat} + ${f(Math.cos((query.center.lat * Math.PI) / 180))} * COS(p.lat * ${f(Math.PI / 180)}) * ${sinHalfLng} * ${sinHalfLng})`;
  const distance = `(${f(2 * EARTH_RADIUS_KM)} * ASIN(${dialect === 'mysql' ? 'LEAST' : 'MIN'}(1, SQRT(${h}))))`;

  let tradePoints: string;
  if (!query.workerTrades) tradePoints = '10';
  else {
    const exact = query.workerTrades.exact.map((t) => p(t)).join(', ');
    const related = query.workerTrades.related.length ? query.workerTrades.related.map((t) => p(t)).join(', ') : 'NULL';
    tradePoints = `(CASE WHEN p.trade IN (${exact}) THEN ${FEED_WEIGHTS.trade} WHEN p.trade IN (${related}) THEN ${FEED_WEIGHTS.trade * 0.6} ELSE 0 END)`;
  }
  const perDay = `(CASE p.payUnit WHEN 'day' THEN p.payAmountFen WHEN 'hour' THEN p.payAmountFen * ${HOURS_PER_WORKING_DAY} END)`;
  const payRange = PAY_CEILING_FEN_PER_DAY - PAY_FLOOR_FEN_PER_DAY;
  const payPoints = `(CASE WHEN ${perDay} IS NULL THEN ${FEED_WEIGHTS.pay * 0.5} ELSE ${FEED_WEIGHTS.pay} * ${clamp01(`(${perDay} - ${PAY_FLOOR_FEN_PER_DAY}) / ${payRange}e0`)} END)`;
  // A literal, since the clamp repeats it: an ISO time without its zone, as both engines store UTC times.
  const atLiteral = `'${query.at.toISOString().replace('T', ' ').replace('Z', '')}'`;
  const ageHours =
    dialect === 'mysql'
      ? `(TIMESTAMPDIFF(MICROSECOND, p.publishedAt, ${atLiteral}) / 3600000000e0)`
      : `((julianday(${atLiteral}) - julianday(p.publishedAt)) * 24e0)`;
  const freshPoints = `(CASE WHEN p.publishedAt IS NULL THEN 0 ELSE ${FEED_WEIGHTS.freshness} * ${clamp01(`1 - ${ageHours} / ${FRESHNESS_HOURS}`)} END)`;
  const restPoints = `(${tradePoints} + ${payPoints} + ${freshPoints})`;

  const where = [
    "p.status = 'open'",
    `p.latCell IN (${latCellsBetween(query.box.minLat, query.box.maxLat)
      .map((c) => n(c))
      .join(', ')})`,
    `p.lat BETWEEN ${n(query.box.minLat)} AND ${n(query.box.maxLat)}`,
    `p.lng BETWEEN ${n(query.box.minLng)} AND ${n(query.box.maxLng)}`,
    `p.validUntil > ${p(dialect === 'mysql' ? query.now : query.now.toISOString().replace('T', ' ').replace('Z', ''))}`,
  ];
  if (query.excludeEmployerIds.length) where.push(`p.employerId NOT IN (${query.excludeEmployerIds.map((id) => n(id)).join(', ')})`);
  if (query.settlement) where.push(`p.settlement = ${p(query.settlement)}`);
  if (query.trades) where.push(`p.trade IN (${query.trades.map((t) => p(t)).join(', ')})`);

  const inner = `SELECT p.id AS id, ${distance} AS distanceKm, ${restPoints} AS restPoints FROM posting p${dialect === 'mysql' ? ' FORCE INDEX (IDX_posting_status_cell)' : ''} WHERE ${where.join(' AND ')}`;
  // Within the radius the distance points need no clamp: 40 × (1 − d / r) with 0 ≤ d ≤ r.
  const score10 = `FLOOR((${FEED_WEIGHTS.distance} * (1 - r.distanceKm / ${f(query.radiusKm)}) + r.restPoints) * 10 + 0.5)`;
  const ranked = `SELECT r.id AS id, ${score10} AS score10, FLOOR(r.distanceKm * 1000000 + 0.5) AS distanceMm FROM (${inner}) r WHERE r.distanceKm <= ${f(query.radiusKm)}`;
  let after = '';
  if (query.after) {
    const { score10: s, distanceMm: d, id } = query.after;
    after = ` WHERE k.score10 < ${n(s)} OR (k.score10 = ${n(s)} AND (k.distanceMm > ${n(d)} OR (k.distanceMm = ${n(d)} AND k.id < ${n(id)})))`;
  }
  const sql = `SELECT k.id, k.score10, k.distanceMm FROM (${ranked}) k${after} ORDER BY k.score10 DESC, k.distanceMm ASC, k.id DESC LIMIT ${n(query.limit)}`;
  return { sql, params };
}
