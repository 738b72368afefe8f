import type { LatLng } from '@lingong/shared';

/**
 * Which workers checked in today at a market near a point: candidates present at the gate rank first.
 * Bound to the check-in module's CheckinPresenceProvider.
 */
export const PRESENCE_PROVIDER = Symbol('PRESENCE_PROVIDER');

export interface PresenceProvider {
  /** Worker ids checked in on `day` ('YYYY-MM-DD', Asia/Shanghai) at a market within `radiusKm` of `point`. */
  workerIdsPresentNear(point: LatLng, radiusKm: number, day: string): Promise<Set<number>>;
}
