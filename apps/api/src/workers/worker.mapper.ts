import { ageOn, shanghaiDate, WorkerProfile } from '@lingong/shared';
import { Worker } from './worker.entity';

/** The only way a worker leaves the API: the ID number masked, the ciphertext and hash never. */
export function toWorkerProfile(worker: Worker, today = shanghaiDate()): WorkerProfile {
  return {
    id: worker.id,
    realName: worker.realName,
    idNumberMasked: worker.idMasked ?? '',
    phone: worker.phone ?? '',
    trades: worker.trades,
    countyCode: worker.countyCode,
    ...(worker.lat !== null && worker.lng !== null
      ? { location: { lat: worker.lat, lng: worker.lng, updatedAt: (worker.locationUpdatedAt ?? worker.updatedAt).toISOString() } }
      : {}),
    birthDate: worker.birthDate ?? '',
    age: worker.birthDate ? ageOn(worker.birthDate, today) : 0,
    gender: worker.gender ?? 'male',
    consent: { version: worker.consentVersion, agreedAt: worker.consentAt.toISOString() },
    phoneVerified: worker.phoneVerified,
    createdAt: worker.createdAt.toISOString(),
    updatedAt: worker.updatedAt.toISOString(),
  };
}
