import { CheckinResponse, MarketCheckin, MyCheckin } from '@lingong/shared';
import type { WorkerAttendee } from '../workers/workers.types';
import { Checkin } from './checkin.entity';

export function toCheckinResponse(c: Checkin, repeated: boolean): CheckinResponse {
  return { id: c.id, marketId: c.marketId, workerId: c.workerId, day: c.day, checkedInAt: c.checkedInAt.toISOString(), repeated };
}

export function toMyCheckin(c: Checkin, marketName: string): MyCheckin {
  return { id: c.id, marketId: c.marketId, marketName, day: c.day, checkedInAt: c.checkedInAt.toISOString() };
}

/** Operators see who came (name, trades) but not the full phone number. */
export function toMarketCheckin(c: Pick<Checkin, 'id' | 'workerId' | 'kind' | 'checkedInAt'>, worker: WorkerAttendee | undefined): MarketCheckin {
  return {
    id: c.id,
    workerId: c.workerId,
    realName: worker?.realName ?? '',
    phoneMasked: worker?.phoneMasked ?? null,
    trades: worker?.trades ?? [],
    kind: c.kind,
    checkedInAt: c.checkedInAt.toISOString(),
  };
}
