import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { toString as qrToString } from 'qrcode';
import { In, IsNull, LessThan, Repository } from 'typeorm';
import {
  addDays,
  boundingBox,
  CHECKIN_PAGE,
  CheckinResponse,
  GateTokenKind,
  GateTokenResponse,
  haversineKm,
  isOpenAt,
  isValidDateString,
  LatLng,
  ListResponse,
  MarketCheckin,
  MarketCheckinStats,
  MyCheckin,
  shanghaiDate,
  SHANGHAI_UTC_OFFSET_MINUTES,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { isUniqueViolation } from '../database/errors';
import { Market } from '../markets/market.entity';
import { Worker } from '../workers/worker.entity';
import { Checkin } from './checkin.entity';
import { toCheckinResponse, toMarketCheckin, toMyCheckin } from './checkin.mapper';
import { CreateCheckinDto, MarketCheckinsQuery, MyCheckinsQuery } from './dto/checkin.dto';
import { GateTokenCodec } from './gate-token';
import { WorkerIdLoader } from './worker-id.loader';

/** A market closed or re-timed by an operator stops check-ins within this long. */
const MARKET_CACHE_MS = 5000;
/** Bounds the user → worker id memo; it is cleared when full (a morning holds a few thousand). */
const WORKER_MEMO_MAX = 100_000;
const IN_CHUNK = 1000;
/**
 * Check-ins say where a person was on a day (行踪, PIPL Art 28): kept for a year of county figures
 * plus the month in which the year is reported, then deleted (docs/data-retention.md).
 */
export const CHECKIN_RETENTION_DAYS = 400;

/** UTC as `YYYY-MM-DD HH:MM:SS.mmm`, what TypeORM writes on both engines (better-sqlite3 cannot bind a Date). */
function dbTime(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

/** A raw `datetime` column: mysql2 gives a Date (UTC, as configured), SQLite the stored UTC text. */
function parseDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

@Injectable()
export class CheckinsService {
  private readonly codec: GateTokenCodec;
  private readonly marketCache = new Map<number, { market: Market | null; until: number }>();
  /**
   * A user's worker id never changes once registered, and a deleted worker's login is closed (the
   * auth guard refuses it before we get here), so remembering positive answers is safe. It keeps the
   * morning-peak path at the guard's look-up plus one insert.
   */
  private readonly workerIdByUser = new Map<number, number>();
  private readonly workerIdLoader: WorkerIdLoader;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Checkin) private readonly checkins: Repository<Checkin>,
    @InjectRepository(Market) private readonly markets: Repository<Market>,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    private readonly audit: AuditService,
  ) {
    this.codec = new GateTokenCodec(config.gate.tokenKey, config.gate.graceSeconds);
    this.workerIdLoader = new WorkerIdLoader((userIds) =>
      this.workers.query(`SELECT id, userId FROM worker WHERE anonymisedAt IS NULL AND userId IN (${userIds.map(() => '?').join(',')})`, userIds),
    );
  }

  /** The code for the gate screen (rotating) or for a printed poster, with its QR as SVG. */
  async issueGateToken(staff: AuthUser, marketId: number, kind: GateTokenKind = 'rotating'): Promise<GateTokenResponse> {
    const market = await this.requireVisibleMarket(staff, marketId);
    const { gate } = this.config;
    const ttlSeconds = kind === 'rotating' ? gate.ttlSeconds : gate.posterTtlDays * 86400;
    const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = this.codec.sign({ kind, marketId: market.id, expiresAt });
    const url = `${gate.qrUrlBase}?scene=${encodeURIComponent(token)}`;
    const qrSvg = await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    if (kind === 'poster') {
      // A poster code lives for months: who printed one, and when, is kept.
      await this.audit.record({ actorUserId: staff.id, action: 'checkin.poster_issued', entityType: 'market', entityId: market.id, countyCode: market.countyCode, data: { expiresAt } });
    }
    return { token, scene: token, page: CHECKIN_PAGE, expiresAt: new Date(expiresAt * 1000).toISOString(), qrSvg, url, kind, ttlSeconds, marketId: market.id };
  }

  /**
   * The morning-peak path. Checks are ordered so that each refusal names the first thing the worker
   * can fix; the unique index, not a read before the insert, keeps concurrent scans to one row.
   */
  async checkIn(user: AuthUser, dto: CreateCheckinDto): Promise<{ checkin: CheckinResponse; created: boolean }> {
    const now = new Date();
    const check = this.codec.verify(dto.token, now);
    if (!check.ok) throw new AppException(check.reason === 'expired' ? 'CHECKIN.TOKEN_EXPIRED' : 'CHECKIN.TOKEN_INVALID');
    const claims = check.claims;
    if (claims.userId !== undefined && claims.userId !== user.id) throw new AppException('CHECKIN.TOKEN_INVALID');

    const market = await this.cachedMarket(claims.marketId);
    if (!market) throw new AppException('MARKET.NOT_FOUND');
    if (market.status !== 'open' || !isOpenAt(market.openingHours, now)) {
      throw new AppException('CHECKIN.MARKET_CLOSED', { details: { openingHours: market.openingHours } });
    }
    // A resume token stands for a scan whose location was already checked.
    if (claims.kind === 'poster' && claims.userId === undefined) this.checkLocation(market, dto);

    const workerId = await this.workerIdOf(user.id);
    if (workerId === undefined) {
      const resumeExpiresAt = Math.floor(now.getTime() / 1000) + this.config.gate.resumeTtlSeconds;
      const resumeToken = claims.userId !== undefined ? dto.token : this.codec.sign({ kind: claims.kind, marketId: market.id, expiresAt: resumeExpiresAt, userId: user.id });
      throw new AppException('WORKER.NOT_REGISTERED', {
        message: '您还没有登记为零工。请先完成登记，登记后会自动为您签到。',
        details: { resumeToken, resumeExpiresAt: new Date((claims.userId !== undefined ? claims.expiresAt : resumeExpiresAt) * 1000).toISOString() },
      });
    }

    const row: Omit<Checkin, 'id'> = { marketId: market.id, workerId, day: shanghaiDate(now), checkedInAt: now, kind: claims.kind };
    // Plain SQL on the morning-peak path: one statement, without the query builder's CPU cost.
    try {
      const result: { insertId?: number } | number | bigint = await this.checkins.query(
        'INSERT INTO checkin (marketId, workerId, day, checkedInAt, kind) VALUES (?, ?, ?, ?, ?)',
        [row.marketId, row.workerId, row.day, dbTime(row.checkedInAt), row.kind],
      );
      // mysql2 answers a result header, better-sqlite3 (through TypeORM) the new row id.
      const id = Number(typeof result === 'object' ? result.insertId : result);
      return { checkin: toCheckinResponse({ ...row, id }, false), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const [existing] = await this.checkins.query('SELECT id, checkedInAt FROM checkin WHERE workerId = ? AND marketId = ? AND day = ?', [workerId, market.id, row.day]);
      return { checkin: toCheckinResponse({ ...row, id: Number(existing.id), checkedInAt: parseDbTime(existing.checkedInAt) }, true), created: false };
    }
  }

  async listMine(userId: number, query: MyCheckinsQuery): Promise<ListResponse<MyCheckin>> {
    const worker = await this.workers.findOne({ where: { userId, anonymisedAt: IsNull() }, select: { id: true } });
    if (!worker) throw new AppException('WORKER.NOT_REGISTERED');
    const limit = query.limit ?? 30;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.checkins.find({
      where: { workerId: worker.id, ...(cursor ? { id: LessThan(cursor.id) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const markets = page.length ? await this.markets.find({ where: { id: In([...new Set(page.map((c) => c.marketId))]) }, select: { id: true, name: true } }) : [];
    const names = new Map(markets.map((m) => [m.id, m.name]));
    return {
      items: page.map((c) => toMyCheckin(c, names.get(c.marketId) ?? '')),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  /** The day's arrivals at a market, latest first, for its county's operators and the admin. */
  async listForMarket(staff: AuthUser, marketId: number, query: MarketCheckinsQuery): Promise<ListResponse<MarketCheckin>> {
    const market = await this.requireVisibleMarket(staff, marketId);
    const day = this.dayOf(query.date);
    const limit = query.limit ?? 50;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.checkins.find({
      where: { marketId: market.id, day, ...(cursor ? { id: LessThan(cursor.id) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const workers = await this.workersById(page.map((c) => c.workerId));
    return {
      items: page.map((c) => toMarketCheckin(c, workers.get(c.workerId))),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  async stats(staff: AuthUser, marketId: number, date?: string): Promise<MarketCheckinStats> {
    const market = await this.requireVisibleMarket(staff, marketId);
    const day = this.dayOf(date);
    const rows = await this.checkins.find({ where: { marketId: market.id, day }, select: { id: true, workerId: true, checkedInAt: true } });
    const workers = await this.workersById(rows.map((c) => c.workerId));
    const byHour = new Map<number, number>();
    const byTrade = new Map<string, number>();
    for (const c of rows) {
      const hour = Math.floor(((c.checkedInAt.getTime() / 60000 + SHANGHAI_UTC_OFFSET_MINUTES) % 1440) / 60);
      byHour.set(hour, (byHour.get(hour) ?? 0) + 1);
      for (const trade of new Set(workers.get(c.workerId)?.trades ?? [])) byTrade.set(trade, (byTrade.get(trade) ?? 0) + 1);
    }
    return {
      marketId: market.id,
      date: day,
      count: rows.length,
      uniqueWorkers: new Set(rows.map((c) => c.workerId)).size,
      byHour: [...byHour].sort((a, b) => a[0] - b[0]).map(([hour, count]) => ({ hour, count })),
      byTrade: [...byTrade].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([trade, count]) => ({ trade, count })),
    };
  }

  /**
   * Workers who checked in today at a market within `radiusKm` of a point: the employer's candidate
   * ranking puts them first. Markets are narrowed by the (lat, lng) index and exact distance, then
   * the check-ins by the (day, marketId) index.
   */
  async workersPresentNear(near: LatLng, radiusKm: number, day: string = shanghaiDate()): Promise<Set<number>> {
    const box = boundingBox(near, radiusKm);
    const candidates = await this.markets
      .createQueryBuilder('m')
      .select(['m.id', 'm.lat', 'm.lng'])
      .where('m.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('m.lng BETWEEN :minLng AND :maxLng', box)
      .getMany();
    const marketIds = candidates.filter((m) => haversineKm(near, m) <= radiusKm).map((m) => m.id);
    if (!marketIds.length) return new Set();
    const rows = await this.checkins
      .createQueryBuilder('c')
      .select('DISTINCT c.workerId', 'workerId')
      .where('c.day = :day', { day })
      .andWhere('c.marketId IN (:...marketIds)', { marketIds })
      .getRawMany<{ workerId: number | string }>();
    return new Set(rows.map((r) => Number(r.workerId)));
  }

  /** The days of `days` on which a worker checked in at a public market (insurance subsidies). */
  async daysAtPublicMarket(workerId: number, days: string[]): Promise<Set<string>> {
    if (!days.length) return new Set();
    const rows = await this.checkins
      .createQueryBuilder('c')
      .select('DISTINCT c.day', 'day')
      .innerJoin(Market, 'm', 'm.id = c.marketId')
      .where('c.workerId = :workerId', { workerId })
      .andWhere('c.day IN (:...days)', { days })
      .andWhere("m.type = 'public'")
      .getRawMany<{ day: string }>();
    return new Set(rows.map((r) => r.day));
  }

  /** Deletes check-ins past their retention; runs nightly, outside market hours. */
  @Cron('30 2 * * *', { name: 'checkins.purge', timeZone: 'Asia/Shanghai' })
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const cutoff = addDays(shanghaiDate(now), -CHECKIN_RETENTION_DAYS);
    const result = await this.checkins.delete({ day: LessThan(cutoff) });
    const deleted = result.affected ?? 0;
    if (deleted) new Logger(CheckinsService.name).log(`deleted ${deleted} check-in(s) from before ${cutoff}`);
    return deleted;
  }

  private checkLocation(market: Market, dto: CreateCheckinDto): void {
    if (dto.lat === undefined || dto.lng === undefined) throw new AppException('CHECKIN.LOCATION_REQUIRED');
    const meters = haversineKm(market, { lat: dto.lat, lng: dto.lng }) * 1000;
    if (meters > this.config.gate.posterRadiusMeters) {
      throw new AppException('CHECKIN.TOO_FAR', { details: { distanceMeters: Math.round(meters), radiusMeters: this.config.gate.posterRadiusMeters } });
    }
  }

  private async workerIdOf(userId: number): Promise<number | undefined> {
    const known = this.workerIdByUser.get(userId);
    if (known !== undefined) return known;
    const id = await this.workerIdLoader.load(userId);
    if (id === undefined) return undefined;
    if (this.workerIdByUser.size >= WORKER_MEMO_MAX) this.workerIdByUser.clear();
    this.workerIdByUser.set(userId, id);
    return id;
  }

  private async cachedMarket(id: number): Promise<Market | null> {
    const cached = this.marketCache.get(id);
    if (cached && cached.until > Date.now()) return cached.market;
    const market = await this.markets.findOne({ where: { id } });
    this.marketCache.set(id, { market, until: Date.now() + MARKET_CACHE_MS });
    return market;
  }

  private async workersById(ids: number[]): Promise<Map<number, Worker>> {
    const unique = [...new Set(ids)];
    const found = new Map<number, Worker>();
    for (let i = 0; i < unique.length; i += IN_CHUNK) {
      const chunk = await this.workers.find({ where: { id: In(unique.slice(i, i + IN_CHUNK)) }, select: { id: true, realName: true, phone: true, trades: true } });
      for (const w of chunk) found.set(w.id, w);
    }
    return found;
  }

  /** Check-in figures belong to the market's county: other operators are refused, as for editing the market. */
  private async requireVisibleMarket(staff: AuthUser, id: number): Promise<Market> {
    const market = await this.markets.findOne({ where: { id } });
    if (!market) throw new AppException('MARKET.NOT_FOUND');
    if (!staffCanSee(staff, market.countyCode)) throw new AppException('AUTH.COUNTY_SCOPE');
    return market;
  }

  private dayOf(date: string | undefined): string {
    if (date === undefined) return shanghaiDate();
    if (!isValidDateString(date)) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'date', message: '日期不存在，请重新选择' }] });
    return date;
  }
}
