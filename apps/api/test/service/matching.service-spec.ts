import { shanghaiDate } from '@lingong/shared';
import { ApplicationsService } from '../../src/applications/applications.service';
import { EmployersService } from '../../src/employers/employers.service';
import { CandidatesService } from '../../src/matching/candidates.service';
import { FeedService } from '../../src/matching/feed.service';
import { MarketsService } from '../../src/markets/markets.service';
import { isolatedPoint, offsetPoint } from '../support/factories';
import { MarketFixtures } from './support/market-fixtures';
import { bootServiceApp, ServiceApp } from './support/service-app';

describe('matching: the feed and the candidates (service tier, real MariaDB)', () => {
  let s: ServiceApp;
  let make: MarketFixtures;

  beforeAll(async () => {
    s = await bootServiceApp();
    make = new MarketFixtures(s);
  });
  afterAll(() => s.close());

  describe(FeedService.name, () => {
    it('ranks open postings within the radius for the worker, leaves out a suspended employer and pages by offset', async () => {
      const where = isolatedPoint();
      const { user: employer } = await make.verifiedEmployer();
      const near = await make.posting(employer, { ...offsetPoint(where, 0.5), title: '近处瓦工' });
      const farther = await make.posting(employer, { ...offsetPoint(where, 3), title: '三公里瓦工' });
      await make.posting(employer, { ...offsetPoint(where, 30), title: '三十公里瓦工' });
      const suspended = await make.verifiedEmployer();
      await make.posting(suspended.user, { ...offsetPoint(where, 0.2), title: '被暂停用工方' });
      await s.get(EmployersService).suspend(await make.operator(), suspended.employerId, '虚假招工');
      const { user: worker } = await make.worker({ trades: ['construction.mason'] });

      const sut = s.get(FeedService);
      const first = await sut.feed(worker, { ...where, radiusKm: 10, limit: 1 });
      expect(first.items.map((p) => p.id)).toEqual([near.id]);
      expect(first.items[0]).toMatchObject({
        employerName: expect.any(String),
        distanceKm: expect.any(Number),
        matchReasons: expect.arrayContaining(['工种对口：瓦工']),
      });
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await sut.feed(worker, { ...where, radiusKm: 10, limit: 1, cursor: first.nextCursor });
      expect(second.items.map((p) => p.id)).toEqual([farther.id]);
      expect(second.nextCursor).toBeUndefined();
    });

    it('refuses an unknown trade filter', async () => {
      const { user } = await make.worker();
      await expect(s.get(FeedService).feed(user, { ...isolatedPoint(), trade: 'no.such.trade' })).rejects.toMatchObject({ code: 'POSTING.TRADE_UNKNOWN' });
    });
  });

  describe(CandidatesService.name, () => {
    it('puts a worker checked in today at a nearby market first, masks contacts until the worker applies, and drops the hired', async () => {
      const where = isolatedPoint();
      const { user: employer } = await make.verifiedEmployer();
      const posting = await make.posting(employer, { ...where, headcount: 3 });
      const near = await make.worker({ realName: '张建国', trades: ['construction.mason'], location: offsetPoint(where, 0.5) });
      const present = await make.worker({ realName: '王小军', trades: ['construction.mason'], location: offsetPoint(where, 4) });
      const market = await s.get(MarketsService).create(await make.admin(), {
        name: '测试零工市场',
        type: 'public',
        countyCode: '371702',
        address: '测试路1号',
        ...offsetPoint(where, 2),
        openingHours: '00:00-24:00',
        services: ['matching'],
        phone: '0530-5611234',
        trades: ['construction'],
        status: 'open',
      } as never);
      await s.dataSource.query('INSERT INTO checkin (marketId, workerId, day, checkedInAt, kind) VALUES (?, ?, ?, ?, ?)', [
        market.id,
        present.workerId,
        shanghaiDate(),
        new Date(),
        'rotating',
      ]);

      const sut = s.get(CandidatesService);
      const ranked = await sut.candidates(employer, posting.id, {});
      expect(ranked.items.map((c) => c.workerId)).toEqual([present.workerId, near.workerId]);
      expect(ranked.items[0]).toMatchObject({
        presentToday: true,
        displayName: '王师傅',
        contactVisible: false,
        phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
        ratingCount: 0,
      });
      expect(JSON.stringify(ranked)).not.toContain('张建国');

      const applications = s.get(ApplicationsService);
      const application = await applications.apply(present.user, posting.id);
      const afterApplying = await sut.candidates(employer, posting.id, {});
      expect(afterApplying.items[0]).toMatchObject({ workerId: present.workerId, displayName: '王小军', phone: present.input.phone, contactVisible: true });

      await applications.accept(employer, application.id, 'application');
      const afterHiring = await sut.candidates(employer, posting.id, {});
      expect(afterHiring.items.map((c) => c.workerId)).toEqual([near.workerId]);
    });

    it("answers another employer's posting with not found", async () => {
      const { user: owner } = await make.verifiedEmployer();
      const posting = await make.posting(owner, isolatedPoint());
      const { user: other } = await make.verifiedEmployer();
      await expect(s.get(CandidatesService).candidates(other, posting.id, {})).rejects.toMatchObject({ code: 'POSTING.NOT_FOUND' });
    });
  });
});
