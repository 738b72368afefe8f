import { EmployersService } from '../../src/employers/employers.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { PostingExpiryJob } from '../../src/postings/posting-expiry.job';
import { PostingPublishingService } from '../../src/postings/posting-publishing.service';
import { PostingReviewService } from '../../src/postings/posting-review.service';
import { PostingsService } from '../../src/postings/postings.service';
import { employerInput, isolatedPoint, postingInput } from '../support/factories';
import { MarketFixtures } from './support/market-fixtures';
import { bootServiceApp, ServiceApp } from './support/service-app';

describe('postings: publishing, review and expiry (service tier, real MariaDB)', () => {
  let s: ServiceApp;
  let make: MarketFixtures;

  beforeAll(async () => {
    s = await bootServiceApp();
    make = new MarketFixtures(s);
  });
  afterAll(() => s.close());
  afterEach(() => jest.restoreAllMocks());

  const notificationsFor = async (userId: number) =>
    (await s.dataSource.query("SELECT payload FROM notification WHERE event = 'posting.rejected' AND userId = ?", [userId])) as { payload: string }[];

  describe(PostingPublishingService.name, () => {
    it('publishes at once without findings, sends an age limit to review, and refuses an employer not yet verified', async () => {
      const { user } = await make.verifiedEmployer();
      const sut = s.get(PostingPublishingService);
      expect(await sut.create(user, postingInput(isolatedPoint()) as never)).toMatchObject({ status: 'open', filledCount: 0 });
      const waiting = await sut.create(user, postingInput({ ...isolatedPoint(), description: '砌墙抹灰，限50岁以下' }) as never);
      expect(waiting).toMatchObject({ status: 'pending_review', reviewNotes: [{ category: 'age', phrase: '50岁以下' }] });

      const unverified = await make.user(['employer']);
      await s.get(EmployersService).upsertMine(unverified.id, employerInput() as never);
      await expect(sut.create(unverified, postingInput() as never)).rejects.toMatchObject({ code: 'POSTING.EMPLOYER_UNVERIFIED' });
    });

    it("answers another employer's posting with not found, and closes one's own", async () => {
      const { user: owner } = await make.verifiedEmployer();
      const { user: other } = await make.verifiedEmployer();
      const posting = await make.posting(owner, isolatedPoint());
      const sut = s.get(PostingPublishingService);
      await expect(sut.close(other, posting.id)).rejects.toMatchObject({ code: 'POSTING.NOT_FOUND' });
      expect(await sut.close(owner, posting.id)).toMatchObject({ status: 'closed' });
      // Closed: only its employer and the county's staff still see it.
      await expect(s.get(PostingsService).get(other, posting.id)).rejects.toMatchObject({ code: 'POSTING.NOT_FOUND' });
      expect(await s.get(PostingsService).get(await make.operator('371702'), posting.id)).toMatchObject({ status: 'closed' });
    });
  });

  describe(PostingReviewService.name, () => {
    const waitingPosting = async () => {
      const { user } = await make.verifiedEmployer();
      const posting = await make.posting(user, { ...isolatedPoint(), description: '砌墙抹灰，限50岁以下' });
      return { employer: user, posting };
    };

    it("lets the county's operator approve; another county's operator gets not found", async () => {
      const { posting } = await waitingPosting();
      const sut = s.get(PostingReviewService);
      await expect(sut.approve(await make.operator('371721'), posting.id)).rejects.toMatchObject({ code: 'POSTING.NOT_FOUND' });
      expect(await sut.approve(await make.operator('371702'), posting.id)).toMatchObject({ status: 'open' });
      await expect(sut.approve(await make.admin(), posting.id)).rejects.toMatchObject({ code: 'POSTING.STATUS_CHANGE_INVALID' });
    });

    it('a rejection and its notification to the employer land together, or neither does', async () => {
      const { employer, posting } = await waitingPosting();
      const sut = s.get(PostingReviewService);
      const operator = await make.operator('371702');

      jest.spyOn(s.get(NotificationsService), 'record').mockRejectedValueOnce(new Error('outbox unavailable'));
      await expect(sut.reject(operator, posting.id, '年龄限制')).rejects.toThrow('outbox unavailable');
      expect(await s.get(PostingsService).get(employer, posting.id)).toMatchObject({ status: 'pending_review' });
      expect(await notificationsFor(employer.id)).toHaveLength(0);

      expect(await sut.reject(operator, posting.id, '年龄限制')).toMatchObject({ status: 'rejected', statusReason: '年龄限制' });
      const sent = await notificationsFor(employer.id);
      expect(sent).toHaveLength(1);
      expect(JSON.parse(sent[0].payload)).toMatchObject({ postingId: posting.id, reason: '年龄限制' });
    });
  });

  describe(PostingExpiryJob.name, () => {
    it('expires postings past their valid-until and marks full ones filled', async () => {
      const { user } = await make.verifiedEmployer();
      const past = await make.posting(user, isolatedPoint());
      const full = await make.posting(user, { ...isolatedPoint(), headcount: 1 });
      await s.dataSource.query('UPDATE posting SET validUntil = ? WHERE id = ?', [new Date(Date.now() - 60_000), past.id]);
      await s.dataSource.query('UPDATE posting SET filledCount = 1 WHERE id = ?', [full.id]);

      const result = await s.get(PostingExpiryJob).closeStale();
      expect(result.expired).toBeGreaterThanOrEqual(1);
      expect(result.filled).toBeGreaterThanOrEqual(1);
      const postings = s.get(PostingsService);
      expect(await postings.get(user, past.id)).toMatchObject({ status: 'expired' });
      expect(await postings.get(user, full.id)).toMatchObject({ status: 'filled' });
    });
  });
});
