import { MINIAPP_PAGES, SUBSCRIBE_TEMPLATE_KEYS } from '@lingong/shared';
import type { NotificationEvent } from './notifications.service';
import { ConfigError, loadConfig, SUBSCRIBE_PURPOSES } from '../config/config';
import { fitField, subscribeMessageFor } from './subscribe-message';

describe('subscribe messages', () => {
  it('cuts values to WeChat field limits, counting characters', () => {
    expect(fitField('thing1', '一二三四五六七八九十一二三四五六七八九十')).toHaveLength(20);
    const long = fitField('thing4', '一二三四五六七八九十一二三四五六七八九十多出来');
    expect([...long]).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
    expect(fitField('phrase2', '已经录用了您')).toBe('已经录用了');
    expect([...fitField('name3', '欧阳一二三四五六七八九')]).toHaveLength(10);
    expect(fitField('thing1', '  短  ')).toBe('短');
  });

  it('builds a message only for events sent to users, within the limits', () => {
    const message = subscribeMessageFor(
      'posting.rejected',
      { postingId: 7, title: '招瓦工三名，管吃住，工期两个月，菏泽牡丹区', reason: '年龄限制没有正当理由，请删去后重新提交审核' },
      new Date('2026-11-28T00:30:00Z'),
    );
    expect(message).toMatchObject({ templateKey: 'posting_rejected', page: 'employer/posting/index?id=7' });
    expect(message!.data.time3.value).toBe('2026-11-28 08:30');
    for (const [key, { value }] of Object.entries(message!.data)) expect([...value].length).toBeLessThanOrEqual(key.startsWith('phrase') ? 5 : 20);
    expect(subscribeMessageFor('hire.unpaid', { hireId: 1 }, new Date())).toBeUndefined();
    const completed = subscribeMessageFor('hire.completed', { hireId: 12, postingId: 3, title: '砌院墙' }, new Date('2026-11-28T09:00:00Z'));
    expect(completed).toMatchObject({
      templateKey: 'completed',
      page: 'worker/hire/index?id=12',
      data: { thing1: { value: '砌院墙' }, phrase2: { value: '已完工' } },
    });
  });

  it("opens, from each message, a page the mini-program has: the recipient's own view of the record", () => {
    const payload = { applicationId: 5, postingId: 7, hireId: 12, title: '砌院墙' };
    const pages: Partial<Record<NotificationEvent, string | undefined>> = {};
    for (const event of [
      'application.created',
      'invitation.created',
      'application.accepted',
      'invitation.accepted',
      'posting.rejected',
      'hire.completed',
    ] as NotificationEvent[]) {
      pages[event] = subscribeMessageFor(event, payload, new Date())?.page;
    }
    expect(pages).toEqual({
      'application.created': 'employer/posting/index?id=7',
      'invitation.created': 'worker/work/index',
      'application.accepted': 'worker/hire/index?id=12',
      'invitation.accepted': 'employer/hire/index?id=12',
      'posting.rejected': 'employer/posting/index?id=7',
      'hire.completed': 'worker/hire/index?id=12',
    });
    const known = Object.values(MINIAPP_PAGES) as string[];
    for (const page of Object.values(pages)) expect(known).toContain(page!.split('?')[0]);
  });

  it('reads WECHAT_SUBSCRIBE_TEMPLATES by purpose and refuses unknown purposes', () => {
    expect(SUBSCRIBE_PURPOSES).toEqual(SUBSCRIBE_TEMPLATE_KEYS);
    const env = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), PII_KEY: '7f'.repeat(32), DATABASE_URL: 'sqlite::memory:' };
    expect(loadConfig({ ...env, WECHAT_SUBSCRIBE_TEMPLATES: 'application:TPL_A, accepted:TPL-C' }).wechat.subscribeTemplates).toEqual({
      application: 'TPL_A',
      accepted: 'TPL-C',
    });
    expect(loadConfig(env).wechat.subscribeTemplates).toEqual({});
    expect(() => loadConfig({ ...env, WECHAT_SUBSCRIBE_TEMPLATES: 'salary:TPL' })).toThrow(ConfigError);
  });
});
