import type { LatLng } from '@lingong/shared';

/**
 * Which workers checked in today at a market near a point: candidates present at the gate rank first.
 * The check-in module (issue 4, table `checkin`) provides the real implementation and binds it to
 * this token; until it is wired, nobody counts as present.
 */
export const PRESENCE_PROVIDER = Symbol('PRESENCE_PROVIDER');

export interface PresenceProvider {
  /** Worker ids checked in on `day` ('YYYY-MM-DD', Asia/Shanghai) at a market within `radiusKm` of `point`. */
  workerIdsPresentNear(point: LatLng, radiusKm: number, day: string): Promise<Set<number>>;
}

export class NoPresenceProvider implements PresenceProvider {
  async workerIdsPresentNear(): Promise<Set<number>> {
    return new Set();
  }
}
