import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HEZE_COUNTIES, latCellOf, maskResidentId, PII_CONSENT_VERSION, validateResidentId } from '@lingong/shared';
import { Employer } from '../../employers/employer.entity';
import { Market } from '../../markets/market.entity';
import { PiiService } from '../../pii/pii.service';
import { User } from '../../users/user.entity';
import { ConsentRecord } from '../../workers/consent-record.entity';
import { Worker } from '../../workers/worker.entity';
import { seedInsuranceDemo } from './insurance.seed';
import { seedPostingsDemo } from './postings.seed';
import { WorkerTrade } from '../../workers/worker-trade.entity';

type MarketSeed = Pick<Market, 'name' | 'type' | 'address' | 'openingHours' | 'services' | 'phone' | 'trades'> & { dLat: number; dLng: number };

/** Plausible public markets near each county seat (offsets in degrees from the seat in packages/shared). */
const MARKETS: Record<string, MarketSeed[]> = {
  '371702': [
    {
      name: '菏泽市牡丹区人民路零工市场',
      type: 'public',
      address: '牡丹区人民路与中华路交叉口东北角',
      openingHours: '04:30-12:00',
      services: ['matching', 'policy', 'rights', 'rest_area', 'insurance', 'registration', 'agreement', 'drinking_water'],
      phone: '0530-5611234',
      trades: ['construction', 'decoration', 'moving', 'cleaning'],
      dLat: 0.004,
      dLng: -0.006,
    },
    {
      name: '牡丹区西城零工驿站',
      type: 'self_formed',
      address: '牡丹区西安路与长城路交叉口西南',
      openingHours: '05:00-10:00',
      services: ['matching', 'drinking_water'],
      phone: '0530-5612345',
      trades: ['construction', 'moving'],
      dLat: -0.012,
      dLng: -0.035,
    },
  ],
  '371703': [
    {
      name: '定陶区零工市场',
      type: 'public',
      address: '定陶区兴华路与陶朱公大道交叉口北50米',
      openingHours: '04:30-11:30',
      services: ['matching', 'training', 'policy', 'rights', 'rest_area'],
      phone: '0530-2231234',
      trades: ['construction', 'agriculture', 'manufacturing'],
      dLat: 0.003,
      dLng: 0.004,
    },
  ],
  '371721': [
    {
      name: '曹县零工市场',
      type: 'public',
      address: '曹县青菏路与珠江路交叉口东南角',
      openingHours: '04:30-12:00',
      services: ['matching', 'training', 'policy', 'rights', 'rest_area', 'meals'],
      phone: '0530-3421234',
      trades: ['manufacturing', 'construction', 'logistics'],
      dLat: -0.004,
      dLng: 0.005,
    },
  ],
  '371722': [
    {
      name: '单县零工市场',
      type: 'public',
      address: '单县舜师路与胜利路交叉口西100米',
      openingHours: '05:00-12:00',
      services: ['matching', 'policy', 'rights', 'rest_area'],
      phone: '0530-4621234',
      trades: ['construction', 'agriculture', 'catering'],
      dLat: 0.002,
      dLng: -0.003,
    },
  ],
  '371723': [
    {
      name: '成武县零工市场',
      type: 'public',
      address: '成武县文亭街与永昌路交叉口',
      openingHours: '05:00-11:00',
      services: ['matching', 'policy', 'rights'],
      phone: '0530-8621234',
      trades: ['construction', 'agriculture', 'moving'],
      dLat: 0.003,
      dLng: 0.002,
    },
  ],
  '371724': [
    {
      name: '巨野县零工市场',
      type: 'public',
      address: '巨野县永丰街与新华路交叉口南',
      openingHours: '04:30-12:00',
      services: ['matching', 'training', 'policy', 'rights', 'rest_area'],
      phone: '0530-8211234',
      trades: ['construction', 'manufacturing', 'decoration'],
      dLat: -0.003,
      dLng: 0.004,
    },
  ],
  '371725': [
    {
      name: '郓城县零工市场',
      type: 'public',
      address: '郓城县郓州街与金河路交叉口东',
      openingHours: '04:30-12:00',
      services: ['matching', 'training', 'policy', 'rights', 'rest_area', 'insurance'],
      phone: '0530-6521234',
      trades: ['construction', 'manufacturing', 'housekeeping'],
      dLat: 0.002,
      dLng: 0.003,
    },
  ],
  '371726': [
    {
      name: '鄄城县零工市场',
      type: 'public',
      address: '鄄城县鄄州路与古泉路交叉口北',
      openingHours: '05:00-11:30',
      services: ['matching', 'policy', 'rights'],
      phone: '0530-2421234',
      trades: ['manufacturing', 'agriculture', 'construction'],
      dLat: -0.002,
      dLng: -0.004,
    },
  ],
  '371728': [
    {
      name: '东明县零工市场',
      type: 'public',
      address: '东明县五四路与黄河路交叉口西南角',
      openingHours: '04:30-12:00',
      services: ['matching', 'training', 'policy', 'rights', 'rest_area'],
      phone: '0530-7221234',
      trades: ['construction', 'logistics', 'manufacturing'],
      dLat: 0.003,
      dLng: -0.002,
    },
  ],
};

export const DEMO_WORKER_ID_NUMBER = '440308199901101512';

/**
 * Heze's demo data: one or more public markets in each of the nine counties, a demo operator per
 * county (`demo-operator-<code>`), a city admin (`demo-admin`), a verified employer (`demo-employer`)
 * and a registered worker (`demo-worker`), all reachable through /api/auth/dev-login.
 * Runs only on a database without markets; returns a summary, or undefined when skipped.
 */
export async function seedDemoData(dataSource: DataSource, app: INestApplicationContext): Promise<string | undefined> {
  if ((await dataSource.getRepository(Market).count()) > 0) return undefined;
  const pii = app.get(PiiService);
  return dataSource.transaction(async (manager) => {
    const marketCount = await seedMarkets(manager);
    await seedStaff(manager);
    const employerId = await seedEmployer(manager);
    await seedWorker(manager, pii);
    const insurance = await seedInsuranceDemo(manager);
    const postings = await seedPostingsDemo(manager, { id: employerId, countyCode: '371702', phone: '13905301234' });
    return `${marketCount} markets in ${HEZE_COUNTIES.length} counties, ${HEZE_COUNTIES.length} operators, 1 admin, 1 employer, 1 worker, ${insurance}, ${postings}`;
  });
}

const NO_LOGIN_YET = { unionid: null, phone: null, phoneVerifiedAt: null, lastLoginAt: null, closedAt: null };

async function seedMarkets(manager: EntityManager): Promise<number> {
  const markets = manager.getRepository(Market);
  let marketCount = 0;
  for (const county of HEZE_COUNTIES) {
    for (const seed of MARKETS[county.code] ?? []) {
      const { dLat, dLng, ...fields } = seed;
      await markets.insert({ ...fields, countyCode: county.code, lat: round6(county.seat.lat + dLat), lng: round6(county.seat.lng + dLng), status: 'open' });
      marketCount += 1;
    }
  }
  return marketCount;
}

/** The city admin and one operator per county. */
async function seedStaff(manager: EntityManager): Promise<void> {
  const users = manager.getRepository(User);
  await users.insert({ ...NO_LOGIN_YET, openid: 'demo-admin', roles: ['admin'], countyCode: null });
  for (const county of HEZE_COUNTIES) {
    await users.insert({ ...NO_LOGIN_YET, openid: `demo-operator-${county.code}`, roles: ['operator'], countyCode: county.code });
  }
}

/** A verified employer in 牡丹区; returns its id. */
async function seedEmployer(manager: EntityManager): Promise<number> {
  const users = manager.getRepository(User);
  const employerUser = await users.save(users.create({ ...NO_LOGIN_YET, openid: 'demo-employer', roles: ['employer'], countyCode: null }));
  const demoEmployer = await manager.getRepository(Employer).insert({
    userId: employerUser.id,
    kind: 'organisation',
    name: '菏泽市牡丹区安居建筑劳务有限公司（演示）',
    creditCode: '91440101MA5CJQ4N59',
    contactName: '王经理',
    phone: '13905301234',
    address: '牡丹区中华路888号',
    countyCode: '371702',
    status: 'verified',
    statusReason: '演示数据',
    statusChangedAt: new Date(),
    statusChangedBy: null,
  });
  return demoEmployer.identifiers[0].id as number;
}

/** A registered worker (瓦工, 装卸工) near 牡丹区's seat, with the ID number encrypted as the app does. */
async function seedWorker(manager: EntityManager, pii: PiiService): Promise<void> {
  const users = manager.getRepository(User);
  const workerUser = await users.save(users.create({ ...NO_LOGIN_YET, openid: 'demo-worker', roles: ['worker'], countyCode: null }));
  const id = validateResidentId(DEMO_WORKER_ID_NUMBER);
  if (!id.ok) throw new Error('demo worker ID number must be valid');
  const seat = HEZE_COUNTIES[0].seat;
  const lat = round6(seat.lat + 0.01);
  const lng = round6(seat.lng + 0.01);
  const trades = ['construction.mason', 'moving.loader'];
  const demoWorker = await manager.getRepository(Worker).insert({
    userId: workerUser.id,
    realName: '张建国',
    idCipher: pii.encrypt(id.value),
    idHash: pii.lookupHash(id.value),
    idMasked: maskResidentId(id.value),
    birthDate: id.birthDate,
    gender: id.gender,
    phone: '13805301234',
    phoneVerified: false,
    trades,
    countyCode: '371702',
    lat,
    lng,
    locationUpdatedAt: new Date(),
    consentVersion: PII_CONSENT_VERSION,
    consentAt: new Date(),
    anonymisedAt: null,
  });
  // The candidates search reads worker_trade (see WorkersService.syncTradeIndex).
  const workerId = demoWorker.identifiers[0].id as number;
  await manager.getRepository(WorkerTrade).insert(trades.map((tradeCode) => ({ workerId, tradeCode, lat, lng, latCell: latCellOf(lat) })));
  await manager
    .getRepository(ConsentRecord)
    .insert({ userId: workerUser.id, scope: 'pii.id_number_location', version: PII_CONSENT_VERSION, withdrawnAt: null });
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
