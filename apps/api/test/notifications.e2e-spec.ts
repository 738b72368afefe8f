import { NotificationSenderService } from '../src/notifications/notification-sender.service';
import { bootTestApp, TestApp } from './support/test-app';
import { applyTo, createPosting, createVerifiedEmployer, createWorker, login, unique } from './support/factories';

const TEMPLATES = { application: 'TPL_APPLICATION', invitation: 'TPL_INVITATION', accepted: 'TPL_ACCEPTED', posting_rejected: 'TPL_REJECTED' };

describe('Notification outbox and WeChat subscribe messages (e2e)', () => {
  let t: TestApp;
  let sender: NotificationSenderService;

  beforeAll(async () => {
    t = await bootTestApp({
      WECHAT_SUBSCRIBE_TEMPLATES: Object.entries(TEMPLATES)
        .map(([k, v]) => `${k}:${v}`)
        .join(','),
    });
    sender = t.app.get(NotificationSenderService);
  });
  afterAll(async () => {
    await t.close();
  });

  async function statusOf(event: string, userId: number): Promise<string[]> {
    const rows: { status: string }[] = await t.dataSource.query('SELECT status FROM notification WHERE event = ? AND userId = ? ORDER BY id', [event, userId]);
    return rows.map((r) => r.status);
  }

  it('lists the template ids for wx.requestSubscribeMessage', async () => {
    const user = await login(t, 'worker');
    expect((await t.http().get('/api/notifications/templates').set(user.auth).expect(200)).body).toEqual({ templates: TEMPLATES });
  });

  it('sends one message per accepted credit, with fields within WeChat limits, and holds the rest', async () => {
    // A known openid, to follow the messages WeChat receives for the employer.
    const employerOpenid = unique('employer');
    const employer = await createVerifiedEmployer(t, {}, { openid: employerOpenid });
    const posting = await createPosting(t, employer, { title: '招瓦工三名管吃住工期两个月菏泽牡丹区新厂房', headcount: 5 });

    const credits = await t
      .http()
      .post('/api/notifications/subscriptions')
      .set(employer.auth)
      .send({ accepted: ['TPL_APPLICATION', 'TPL_UNKNOWN'] })
      .expect(200);
    expect(credits.body).toEqual({ credits: [{ templateId: 'TPL_APPLICATION', credits: 1 }] });

    const first = await createWorker(t);
    const second = await createWorker(t);
    await applyTo(t, first, posting.id);
    await applyTo(t, second, posting.id);
    await sender.deliverPending(500);

    expect(await statusOf('application.created', employer.userId)).toEqual(['sent', 'no_credit']);
    const sent = t.wechat.subscribeMessages.filter((m) => m.touser === employerOpenid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: 'TPL_APPLICATION', page: `employer/posting/index?id=${posting.id}` });
    expect([...sent[0].data.thing1.value].length).toBeLessThanOrEqual(20);
    expect(sent[0].data.phrase2.value).toBe('有人报名');
    expect((await t.http().get('/api/notifications/subscriptions').set(employer.auth).expect(200)).body.credits).toEqual([
      { templateId: 'TPL_APPLICATION', credits: 0 },
    ]);
  });

  it('treats 43101 as no credit and resets the count', async () => {
    const openid = unique('employer');
    const employer = await createVerifiedEmployer(t, {}, { openid });
    t.wechat.subscribeErrors.set(openid, 43101);
    await t
      .http()
      .post('/api/notifications/subscriptions')
      .set(employer.auth)
      .send({ accepted: ['TPL_REJECTED'] })
      .expect(200);
    await t
      .http()
      .post('/api/notifications/subscriptions')
      .set(employer.auth)
      .send({ accepted: ['TPL_REJECTED'] })
      .expect(200);
    const posting = await createPosting(t, employer, { requirements: '50岁以下' });
    const operator = await login(t, 'operator', '371702');
    await t.http().post(`/api/postings/${posting.id}/reject`).set(operator.auth).send({ reason: '年龄限制没有正当理由' }).expect(200);
    await sender.deliverPending(500);
    expect(await statusOf('posting.rejected', employer.userId)).toEqual(['no_credit']);
    const [row] = await t.dataSource.query('SELECT credits FROM subscribe_credit WHERE openid = ? AND templateId = ?', [openid, 'TPL_REJECTED']);
    expect(row.credits).toBe(0);
  });

  it('takes again a row a crashed sender left "sending", but not one being sent now', async () => {
    const employer = await createVerifiedEmployer(t);
    const insert = (claimedAt: Date) =>
      t.dataSource.query(
        'INSERT INTO notification (userId, event, payload, status, attempts, claimedAt) VALUES (?, \'application.created\', \'{"postingId":1,"title":"x"}\', \'sending\', 1, ?)',
        [employer.userId, claimedAt],
      );
    const stale = await insert(new Date(Date.now() - 3600_000));
    const current = await insert(new Date());
    await sender.deliverPending(500);
    const rows: { id: number; status: string }[] = await t.dataSource.query('SELECT id, status FROM notification WHERE id IN (?, ?) ORDER BY id', [
      stale.insertId,
      current.insertId,
    ]);
    expect(rows.map((r) => r.status)).toEqual(['no_credit', 'sending']);
  });

  it('leaves events for other modules (hire.unpaid) in the outbox', async () => {
    const result = await t.dataSource.query(
      "INSERT INTO notification (userId, event, payload, status, attempts) VALUES (NULL, 'hire.unpaid', '{\"hireId\":-1}', 'pending', 0)",
    );
    await sender.deliverPending(500);
    const [row] = await t.dataSource.query('SELECT status, attempts FROM notification WHERE id = ?', [result.insertId]);
    expect(row).toEqual({ status: 'pending', attempts: 0 });
  });
});
