import { isOpenAt, Market as MarketView, roundKm } from '@lingong/shared';
import { Market } from './market.entity';

export function toMarketView(market: Market, options: { distanceKm?: number; now?: Date } = {}): MarketView {
  return {
    id: market.id,
    name: market.name,
    type: market.type,
    countyCode: market.countyCode,
    address: market.address,
    lat: market.lat,
    lng: market.lng,
    openingHours: market.openingHours,
    services: market.services,
    phone: market.phone,
    trades: market.trades,
    status: market.status,
    openNow: market.status === 'open' && isOpenAt(market.openingHours, options.now ?? new Date()),
    ...(options.distanceKm !== undefined ? { distanceKm: roundKm(options.distanceKm) } : {}),
    createdAt: market.createdAt.toISOString(),
    updatedAt: market.updatedAt.toISOString(),
  };
}
