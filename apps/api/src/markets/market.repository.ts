import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { MarketStatus, MarketType } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Market } from './market.entity';

type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number };

@Injectable()
export class MarketRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get markets() {
    return this.tx.repository(Market);
  }

  findById(id: number): Promise<Market | null> {
    return this.markets.findOne({ where: { id } });
  }

  /** Markets matching the filters; inside the box when one is given (the (lat, lng) index), else by county and id. */
  findMatching(filter: { countyCode?: string; type?: MarketType; status?: MarketStatus; box?: Box }): Promise<Market[]> {
    const qb = this.markets.createQueryBuilder('m');
    if (filter.countyCode) qb.andWhere('m.countyCode = :county', { county: filter.countyCode });
    if (filter.type) qb.andWhere('m.type = :type', { type: filter.type });
    if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
    if (filter.box) qb.andWhere('m.lat BETWEEN :minLat AND :maxLat', filter.box).andWhere('m.lng BETWEEN :minLng AND :maxLng', filter.box);
    else qb.orderBy('m.countyCode', 'ASC').addOrderBy('m.id', 'ASC');
    return qb.getMany();
  }

  /** Only the positions of the markets in the box. */
  findPointsInBox(box: Box): Promise<Pick<Market, 'id' | 'lat' | 'lng'>[]> {
    return this.markets
      .createQueryBuilder('m')
      .select(['m.id', 'm.lat', 'm.lng'])
      .where('m.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('m.lng BETWEEN :minLng AND :maxLng', box)
      .getMany();
  }

  async findNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.markets.find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(rows.map((m) => [m.id, m.name]));
  }

  async findIdsOfType(type: MarketType): Promise<number[]> {
    return (await this.markets.find({ where: { type }, select: { id: true } })).map((m) => m.id);
  }

  newMarket(init: Partial<Market>): Market {
    return this.markets.create(init);
  }

  save(market: Market): Promise<Market> {
    return this.markets.save(market);
  }
}
