import { Injectable } from '@nestjs/common';
import {
  boundingBox,
  haversineKm,
  isPlausibleChinaPoint,
  isServedCounty,
  isServicePhone,
  isTradeCode,
  LatLng,
  ListResponse,
  Market as MarketView,
  parseOpeningHours,
  tradeAndAncestors,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, canManageMarket } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageByOffset, pageSize } from '../common/pagination';
import { TransactionHost } from '../database/transaction';
import { CreateMarketDto, ListMarketsQuery, UpdateMarketDto } from './dto/market.dto';
import { Market } from './market.entity';
import { toMarketView } from './market.mapper';
import { MarketRepository } from './market.repository';
import { MarketGate } from './markets.types';

const DEFAULT_RADIUS_KM = 100;

@Injectable()
export class MarketsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly markets: MarketRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The electronic map. With a point: markets within the radius, nearest first. The bounding box
   * narrows on the (lat, lng) index; the exact great-circle distance then ranks and trims the few
   * rows left (portable SQL: no spatial types, see docs/api.md "Markets and catalogues").
   */
  async list(query: ListMarketsQuery): Promise<ListResponse<MarketView>> {
    if ((query.lat === undefined) !== (query.lng === undefined)) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: query.lat === undefined ? 'lat' : 'lng', message: '经纬度需要同时提供' }] });
    }
    const limit = pageSize(query);
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const center = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
    const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
    const found = await this.markets.findMatching({
      countyCode: query.countyCode,
      type: query.type,
      status: query.status,
      box: center && boundingBox(center, radiusKm),
    });
    let rows = found.map((market) => ({ market, distanceKm: center ? haversineKm(center, market) : undefined }));
    if (query.trade) {
      // A market listing 建筑 serves 瓦工, and one listing 瓦工 is found when asking for 建筑.
      const wanted = tradeAndAncestors(query.trade);
      const prefix = `${query.trade}.`;
      rows = rows.filter(({ market }) => market.trades.some((t) => wanted.includes(t) || t.startsWith(prefix)));
    }
    if (center) {
      rows = rows
        .filter((r) => (r.distanceKm as number) <= radiusKm)
        .sort((a, b) => (a.distanceKm as number) - (b.distanceKm as number) || a.market.id - b.market.id);
    }
    const now = new Date();
    const page = pageByOffset(rows, offset, limit);
    return {
      items: page.rows.map((r) => toMarketView(r.market, { distanceKm: r.distanceKm, now })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  async get(id: number): Promise<MarketView> {
    return toMarketView(await this.require(id));
  }

  async create(staff: AuthUser, dto: CreateMarketDto): Promise<MarketView> {
    this.checkScope(staff, dto.countyCode);
    this.checkContent(dto);
    const market = await this.tx.run(async () => {
      const saved = await this.markets.save(this.markets.newMarket(dto));
      await this.audit.record({ actorUserId: staff.id, action: 'market.created', entityType: 'market', entityId: saved.id, countyCode: saved.countyCode });
      return saved;
    });
    return toMarketView(market);
  }

  async update(staff: AuthUser, id: number, dto: UpdateMarketDto): Promise<MarketView> {
    const market = await this.require(id);
    if (!canManageMarket(staff, market)) throw new AppException('AUTH.COUNTY_SCOPE');
    if (dto.countyCode && dto.countyCode !== market.countyCode) this.checkScope(staff, dto.countyCode);
    const next = Object.assign(market, dto);
    this.checkContent(next);
    await this.tx.run(async () => {
      await this.markets.save(next);
      await this.audit.record({
        actorUserId: staff.id,
        action: 'market.updated',
        entityType: 'market',
        entityId: id,
        countyCode: next.countyCode,
        data: { fields: Object.keys(dto) },
      });
    });
    return toMarketView(next);
  }

  private async require(id: number): Promise<Market> {
    const market = await this.markets.findById(id);
    if (!market) throw new AppException('MARKET.NOT_FOUND');
    return market;
  }

  /** Operators manage markets of their own county; the city's admin manages all. */
  private checkScope(staff: AuthUser, countyCode: string): void {
    if (!isServedCounty(countyCode)) throw new AppException('MARKET.COUNTY_NOT_SERVED');
    if (!canManageMarket(staff, { countyCode })) throw new AppException('AUTH.COUNTY_SCOPE');
  }

  private checkContent(m: CreateMarketDto | Market): void {
    if (!parseOpeningHours(m.openingHours))
      throw new AppException('MARKET.OPENING_HOURS_INVALID', { errors: [{ field: 'openingHours', message: '应为“05:00-12:00”这样的格式' }] });
    if (!isPlausibleChinaPoint(m)) throw new AppException('MARKET.LOCATION_INVALID');
    if (!isServicePhone(m.phone)) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'phone', message: '请填写手机号或带区号的座机号' }] });
    if (m.trades.some((t) => !isTradeCode(t))) throw new AppException('MARKET.TRADE_UNKNOWN');
  }

  // ---- Read by other modules (plain read models) ------------------------------------------------

  async findGate(id: number): Promise<MarketGate | undefined> {
    const m = await this.markets.findById(id);
    return m ? { id: m.id, countyCode: m.countyCode, type: m.type, status: m.status, openingHours: m.openingHours, lat: m.lat, lng: m.lng } : undefined;
  }

  /** A market whose gate and figures this staff member runs: MARKET.NOT_FOUND, or AUTH.COUNTY_SCOPE for another county's. */
  async requireManagedGate(staff: AuthUser, id: number): Promise<MarketGate> {
    const market = await this.findGate(id);
    if (!market) throw new AppException('MARKET.NOT_FOUND');
    if (!canManageMarket(staff, market)) throw new AppException('AUTH.COUNTY_SCOPE');
    return market;
  }

  /** Ids of the markets within `radiusKm` of a point: the (lat, lng) index narrows, the exact distance decides. */
  async idsNear(point: LatLng, radiusKm: number): Promise<number[]> {
    const inBox = await this.markets.findPointsInBox(boundingBox(point, radiusKm));
    return inBox.filter((m) => haversineKm(point, m) <= radiusKm).map((m) => m.id);
  }

  namesOf(ids: number[]): Promise<Map<number, string>> {
    return this.markets.findNames([...new Set(ids)]);
  }

  /** Ids of the public (government-run) markets: check-ins there count for insurance subsidies. */
  publicMarketIds(): Promise<number[]> {
    return this.markets.findIdsOfType('public');
  }
}
