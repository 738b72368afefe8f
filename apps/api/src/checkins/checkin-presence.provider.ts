import { Injectable } from '@nestjs/common';
import type { LatLng } from '@lingong/shared';
import type { PresenceProvider } from '../postings/presence.provider';
import { CheckinsService } from './checkins.service';

/** The candidates ranking's "present at a market near the site today", read from check-ins. */
@Injectable()
export class CheckinPresenceProvider implements PresenceProvider {
  constructor(private readonly checkins: CheckinsService) {}

  workerIdsPresentNear(point: LatLng, radiusKm: number, day: string): Promise<Set<number>> {
    return this.checkins.workersPresentNear(point, radiusKm, day);
  }
}
