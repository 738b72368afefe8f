import type { MarketStatus, MarketType } from '@lingong/shared';

/** A market as the gate needs it: where it is, whose county, and when it is open. */
export interface MarketGate {
  id: number;
  countyCode: string;
  type: MarketType;
  status: MarketStatus;
  openingHours: string;
  lat: number;
  lng: number;
}
