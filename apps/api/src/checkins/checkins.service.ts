import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { toString as qrToString } from 'qrcode';
import {
  addDays,
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
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { GATE_CONFIG, GateConfig } from '../config/gate.config';
import { isUniqueViolation } from '../database/errors';
import { MarketsService } from '../markets/markets.service';
import { MarketGate } from '../markets/markets.types';
import { WorkersService } from '../workers/workers.service';
import { Checkin } from './checkin.entity';
import { CheckinRepository } from './checkin.repository';
import { toCheckinResponse, toMarketCheckin, toMyCheckin } from './checkin.mapper';
import { CreateCheckinDto, MarketCheckinsQuery, MyCheckinsQuery } from './dto/checkin.dto';
import { GateTokenCodec } from './gate-token';
import { WorkerIdLoader } from './worker-id.loader';

/** A market closed or re-timed by an operator stops check-ins within this long. */
const MARKET_CACHE_MS = 5000;
/** Bounds the user → worker id memo; it is cleared when full (a morning holds a few thousand). */
const WORKER_MEMO_MAX = 100_000;
/**
 * Check-ins say where a person was on a day (行踪, PIPL Art 28): kept for a year of county figures
 * plus the month in which the year is reported, then deleted (docs/data-retention.md).
 */
export const CHECKIN_RETENTION_DAYS = 400;

@Injectable()
export class CheckinsService {
  private readonly codec: GateTokenCodec;
  private readonly marketCache = new Map<number, { market: MarketGate | undefined; until: number }>();
  /**
   * A user's worker id never changes once registered, and a deleted worker's login is closed (the
   * auth guard refuses it before we get here), so remembering positive answers is safe. It keeps the
   * morning-peak path at the guard's look-up plus one insert.
   */
  private readonly workerIdByUser = new Map<number, number>();
  private readonly workerIdLoader: WorkerIdLoader;

  constructor(
    @Inject(GATE_CONFIG) private readonly gate: GateConfig,
    private readonly checkins: CheckinRepository,
    private readonly markets: MarketsService,
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
  ) {
    this.codec = new GateTokenCodec(gate.tokenKey, gate.graceSeconds);
    this.workerIdLoader = new WorkerIdLoader((userIds) => this.workers.activeIdsOfUsers(userIds));
  }

  /** The code for the gate screen (rotating) or for a printed poster, with its QR as SVG. */
  async issueGateToken(staff: AuthUser, marketId: number, kind: GateTokenKind = 'rotating'): Promise<GateTokenResponse> {
    const market = await this.markets.requireManagedGate(staff, marketId);
    const gate = this.gate;
    const ttlSeconds = kind === 'rotating' ? gate.ttlSeconds : gate.posterTtlDays * 86400;
    const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = this.codec.sign({ kind, marketId: market.id, expiresAt });
    const url = `${gate.qrUrlBase}?scene=${encodeURIComponent(token)}`;
    const qrSvg = await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    if (kind === 'poster') {
      // A poster code lives for months: who printed one, and when, is kept.
      await this.audit.record({
        actorUserId: staff.id,
        action: 'checkin.poster_issued',
        entityType: 'market',
        entityId: market.id,
        countyCode: market.countyCode,
        data: { expiresAt },
      });
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
      const resumeExpiresAt = Math.floor(now.getTime() / 1000) + this.gate.resumeTtlSeconds;
      const resumeToken =
        claims.userId !== undefined ? dto.token : this.codec.sign({ kind: claims.kind, marketId: market.id, expiresAt: resumeExpiresAt, userId: user.id });
      throw new AppException('WORKER.NOT_REGISTERED', {
        message: '您还没有登记为零工。请先完成登记，登记后会自动为您签到。',
        details: { resumeToken, resumeExpiresAt: new Date((claims.userId !== undefined ? claims.expiresAt : resumeExpiresAt) * 1000).toISOString() },
      });
    }

    const row: Omit<Checkin, 'id'> = { marketId: market.id, workerId, day: shanghaiDate(now), checkedInAt: now, kind: claims.kind };
    try {
      const id = await this.checkins.insertFast(row);
      return { checkin: toCheckinResponse({ ...row, id }, false), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.checkins.findOfDay(workerId, market.id, row.day);
      return { checkin: toCheckinResponse({ ...row, ...existing }, true), created: false };
    }
  }

  async listMine(userId: number, query: MyCheckinsQuery): Promise<ListResponse<MyCheckin>> {
    const workerId = await this.workers.requireIdOfUser(userId);
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const page = pageById(await this.checkins.findPageOfWorker(workerId, cursor?.id, limit), limit);
    const names = await this.markets.namesOf(page.rows.map((c) => c.marketId));
    return { items: page.rows.map((c) => toMyCheckin(c, names.get(c.marketId) ?? '')), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  /** The day's arrivals at a market, latest first, for its county's operators and the admin. */
  async listForMarket(staff: AuthUser, marketId: number, query: MarketCheckinsQuery): Promise<ListResponse<MarketCheckin>> {
    const market = await this.markets.requireManagedGate(staff, marketId);
    const day = this.dayOf(query.date);
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const page = pageById(await this.checkins.findPageOfMarketDay(market.id, day, cursor?.id, limit), limit);
    const workers = await this.workers.attendees(page.rows.map((c) => c.workerId));
    return { items: page.rows.map((c) => toMarketCheckin(c, workers.get(c.workerId))), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async stats(staff: AuthUser, marketId: number, date?: string): Promise<MarketCheckinStats> {
    const market = await this.markets.requireManagedGate(staff, marketId);
    const day = this.dayOf(date);
    const rows = await this.checkins.findAllOfMarketDay(market.id, day);
    const workers = await this.workers.attendees(rows.map((c) => c.workerId));
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
    const marketIds = await this.markets.idsNear(near, radiusKm);
    if (!marketIds.length) return new Set();
    return new Set(await this.checkins.findWorkerIdsAt(day, marketIds));
  }

  /** The days of `days` on which a worker checked in at a public market (insurance subsidies). */
  async daysAtPublicMarket(workerId: number, days: string[]): Promise<Set<string>> {
    if (!days.length) return new Set();
    const publicMarkets = await this.markets.publicMarketIds();
    if (!publicMarkets.length) return new Set();
    return new Set(await this.checkins.findDaysAt(workerId, days, publicMarkets));
  }

  /** Deletes check-ins past their retention; runs nightly, outside market hours. */
  @Cron('30 2 * * *', { name: 'checkins.purge', timeZone: 'Asia/Shanghai' })
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const cutoff = addDays(shanghaiDate(now), -CHECKIN_RETENTION_DAYS);
    const deleted = await this.checkins.deleteBefore(cutoff);
    if (deleted) new Logger(CheckinsService.name).log(`deleted ${deleted} check-in(s) from before ${cutoff}`);
    return deleted;
  }

  private checkLocation(market: MarketGate, dto: CreateCheckinDto): void {
    if (dto.lat === undefined || dto.lng === undefined) throw new AppException('CHECKIN.LOCATION_REQUIRED');
    const meters = haversineKm(market, { lat: dto.lat, lng: dto.lng }) * 1000;
    if (meters > this.gate.posterRadiusMeters) {
      throw new AppException('CHECKIN.TOO_FAR', { details: { distanceMeters: Math.round(meters), radiusMeters: this.gate.posterRadiusMeters } });
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

  private async cachedMarket(id: number): Promise<MarketGate | undefined> {
    const cached = this.marketCache.get(id);
    if (cached && cached.until > Date.now()) return cached.market;
    const market = await this.markets.findGate(id);
    this.marketCache.set(id, { market, until: Date.now() + MARKET_CACHE_MS });
    return market;
  }

  private dayOf(date: string | undefined): string {
    if (date === undefined) return shanghaiDate();
    if (!isValidDateString(date)) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'date', message: '日期不存在，请重新选择' }] });
    return date;
  }
}
