import type { Role } from '@lingong/shared';
import { PII_CONSENT_VERSION } from '@lingong/shared';
import type { AuthUser } from '../../../src/common/access';
import { Employer } from '../../../src/employers/employer.entity';
import { User } from '../../../src/users/user.entity';
import { Worker } from '../../../src/workers/worker.entity';
import { mobile, unique } from '../../support/factories';
import type { ServiceApp } from './service-app';

/**
 * Rows for service specs, written straight to the tables (no HTTP): an account, a worker record, an
 * employer record. Each call makes new ones, so specs sharing the run's database never meet.
 */
export async function account(s: ServiceApp, roles: Role[], countyCode: string | null = null): Promise<AuthUser> {
  const saved = await s.dataSource.getRepository(User).save({ openid: unique('svc'), unionid: null, roles, countyCode, phone: mobile() });
  return { id: saved.id, roles, countyCode };
}

export async function workerRecord(s: ServiceApp, overrides: Partial<Worker> = {}): Promise<{ user: AuthUser; worker: Worker }> {
  const user = await account(s, ['worker']);
  const worker = await s.dataSource.getRepository(Worker).save({
    userId: user.id,
    realName: '张三',
    idCipher: null,
    idHash: null,
    idMasked: null,
    birthDate: '1980-05-01',
    gender: 'male',
    phone: mobile(),
    phoneVerified: true,
    trades: ['construction.labourer'],
    countyCode: '371702',
    lat: null,
    lng: null,
    locationUpdatedAt: null,
    consentVersion: PII_CONSENT_VERSION,
    consentAt: new Date(),
    anonymisedAt: null,
    ...overrides,
  } as Worker);
  return { user, worker };
}

export async function employerRecord(s: ServiceApp, countyCode = '371702'): Promise<{ user: AuthUser; employer: Employer }> {
  const user = await account(s, ['employer']);
  const employer = await s.dataSource.getRepository(Employer).save({
    userId: user.id,
    kind: 'person',
    name: unique('用工方'),
    creditCode: null,
    contactName: '李老板',
    phone: mobile(),
    address: '牡丹区人民路88号',
    countyCode,
    status: 'verified',
    statusReason: null,
    statusChangedAt: null,
    statusChangedBy: null,
  } as Employer);
  return { user, employer };
}
