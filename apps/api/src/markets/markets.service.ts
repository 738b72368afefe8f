import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  boundingBox,
  haversineKm,
  isPlausibleChinaPoint,
  isServedCounty,
  isServicePhone,
  isTradeCode,
  ListResponse,
  Market as MarketView,
  parseOpeningHours,
  tradeAndAncestors,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { CreateMarketDto, ListMarketsQuery, UpdateMarketDto } from './dto/market.dto';
import { Market } from './market.entity';
import { toMarketView } from './market.mapper';

const DEFAULT_RADIUS_KM = 100;

@Injectable()
export class MarketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Market) private readonly markets: Repository<Market>,
    private readonly audit: AuditService,
  ) {}

  /**
   * The electronic map. With a point: markets within the radius, nearest first. The bounding box
   * narrows on the (lat, lng) index; the exact great-circle distance then ranks and trims the few
   * rows left (portable SQL: no spatial types, see README "Geographic search").
   */
  async list(query: ListMarketsQuery): Promise<ListResponse<MarketView>> {
    if ((query.lat === undefined) !== (query.lng === undefined)) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: query.lat === undefined ? 'lat' : 'lng', message: '经纬度需要同时提供' }] });
    }
    const limit = query.limit ?? 50;
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const qb = this.markets.createQueryBuilder('m');
    if (query.countyCode) qb.andWhere('m.countyCode = :county', { county: query.countyCode });
    if (query.type) qb.andWhere('m.type = :type', { type: query.type });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });

    const center = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : undefined;
    const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
    if (center) {
      const box = boundingBox(center, radiusKm);
      qb.andWhere('m.lat BETWEEN :minLat AND :maxLat', box).andWhere('m.lng BETWEEN :minLng AND :maxLng', box);
    } else {
      qb.orderBy('m.countyCode', 'ASC').addOrderBy('m.id', 'ASC');
    }

    let rows = (await qb.getMany()).map((market) => ({ market, distanceKm: center ? haversineKm(center, market) : undefined }));
    if (query.trade) {
      // A market listing 建筑 serves 瓦工, and one listing 瓦工 is found when asking for 建筑.
      const wanted = tradeAndAncestors(query.trade);
      const prefix = `${query.trade}.`;
      rows = rows.filter(({ market }) => market.trades.some((t) => wanted.includes(t) || t.startsWith(prefix)));
    }
    if (center) {
      rows = rows.filter((r) => (r.distanceKm as number) <= radiusKm).sort((a, b) => (a.distanceKm as number) - (b.distanceKm as number) || a.market.id - b.market.id);
    }
    const now = new Date();
    const page = rows.slice(offset, offset + limit);
    return {
      items: page.map((r) => toMarketView(r.market, { distanceKm: r.distanceKm, now })),
      ...(rows.length > offset + limit ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}),
    };
  }

  async get(id: number): Promise<MarketView> {
    return toMarketView(await this.require(id));
  }

  async create(staff: AuthUser, dto: CreateMarketDto): Promise<MarketView> {
    this.checkScope(staff, dto.countyCode);
    this.checkContent(dto);
    const market = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Market).save(manager.getRepository(Market).create(dto));
      await this.audit.record({ actorUserId: staff.id, action: 'market.created', entityType: 'market', entityId: saved.id, countyCode: saved.countyCode }, manager);
      return saved;
    });
    return toMarketView(market);
  }

  async update(staff: AuthUser, id: number, dto: UpdateMarketDto): Promise<MarketView> {
    const market = await this.require(id);
    if (!staffCanSee(staff, market.countyCode)) throw new AppException('AUTH.COUNTY_SCOPE');
    if (dto.countyCode && dto.countyCode !== market.countyCode) this.checkScope(staff, dto.countyCode);
    const next = Object.assign(market, dto);
    this.checkContent(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Market).save(next);
      await this.audit.record({ actorUserId: staff.id, action: 'market.updated', entityType: 'market', entityId: id, countyCode: next.countyCode, data: { fields: Object.keys(dto) } }, manager);
    });
    return toMarketView(next);
  }

  private async require(id: number): Promise<Market> {
    const market = await this.markets.findOne({ where: { id } });
    if (!market) throw new AppException('MARKET.NOT_FOUND');
    return market;
  }

  /** Operators manage markets of their own county; the city's admin manages all. */
  private checkScope(staff: AuthUser, countyCode: string): void {
    if (!isServedCounty(countyCode)) throw new AppException('MARKET.COUNTY_NOT_SERVED');
    const scope = staffCountyScope(staff);
    if (scope && scope !== countyCode) throw new AppException('AUTH.COUNTY_SCOPE');
  }

  private checkContent(m: CreateMarketDto | Market): void {
    if (!parseOpeningHours(m.openingHours)) throw new AppException('MARKET.OPENING_HOURS_INVALID', { errors: [{ field: 'openingHours', message: '应为“05:00-12:00”这样的格式' }] });
    if (!isPlausibleChinaPoint(m)) throw new AppException('MARKET.LOCATION_INVALID');
    if (!isServicePhone(m.phone)) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'phone', message: '请填写手机号或带区号的座机号' }] });
    if (m.trades.some((t) => !isTradeCode(t))) throw new AppException('MARKET.TRADE_UNKNOWN');
  }
}
