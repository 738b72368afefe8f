import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { WechatClient } from '../auth/wechat.client';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { isUniqueViolation } from '../database/errors';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import { NotificationEvent } from './notifications.service';
import { SubscribeCredit } from './subscribe-credit.entity';
import { subscribeMessageFor } from './subscribe-message';

const NO_CREDIT = 43101;
const MAX_ATTEMPTS = 5;
const BATCH = 50;
const STALE_CLAIM_MS = 10 * 60_000;

export interface DeliveryReport {
  sent: number;
  noCredit: number;
  skipped: number;
  failed: number;
  retry: number;
}

/**
 * Delivers the outbox as WeChat subscribe messages. A one-time template allows one send per `accept`
 * (DOMAIN.md), so a credit is taken before sending and given back only when WeChat could not be
 * reached; 43101 means WeChat saw no credit, and our count for that template is reset.
 */
@Injectable()
export class NotificationSenderService {
  private readonly logger = new Logger(NotificationSenderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly wechat: WechatClient,
  ) {}

  get enabled(): boolean {
    return Object.keys(this.config.wechat.subscribeTemplates).length > 0;
  }

  /** The template ids the mini-program asks the user to accept. */
  templates() {
    return { templates: { ...this.config.wechat.subscribeTemplates } };
  }

  /** Counts one credit per accepted template (only the platform's configured templates). */
  async addCredits(userId: number, accepted: string[]): Promise<{ templateId: string; credits: number }[]> {
    const known = new Set(Object.values(this.config.wechat.subscribeTemplates));
    const templateIds = [...new Set(accepted)].filter((id) => known.has(id));
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const repo = this.dataSource.getRepository(SubscribeCredit);
    for (const templateId of templateIds) {
      const bumped = await repo.createQueryBuilder().update(SubscribeCredit).set({ credits: () => 'credits + 1' }).where({ openid: user.openid, templateId }).execute();
      if (bumped.affected) continue;
      try {
        await repo.insert({ openid: user.openid, templateId, credits: 1 });
      } catch (error) {
        // Two reports at once: the other created the row, so count on it.
        if (!isUniqueViolation(error)) throw error;
        await repo.createQueryBuilder().update(SubscribeCredit).set({ credits: () => 'credits + 1' }).where({ openid: user.openid, templateId }).execute();
      }
    }
    return this.credits(user.openid);
  }

  async creditsOf(userId: number) {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    return this.credits(user.openid);
  }

  private async credits(openid: string) {
    const rows = await this.dataSource.getRepository(SubscribeCredit).find({ where: { openid }, order: { templateId: 'ASC' } });
    return rows.map((r) => ({ templateId: r.templateId, credits: r.credits }));
  }

  @Interval('notifications.deliver', 30_000)
  async runScheduledDelivery(): Promise<void> {
    if (!this.enabled) return;
    try {
      await this.deliverPending();
    } catch (error) {
      this.logger.error(`delivering notifications failed: ${(error as Error).message}`);
    }
  }

  /** One pass over pending outbox rows addressed to a user. Events for other modules (userId null) stay. */
  async deliverPending(limit = BATCH): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, noCredit: 0, skipped: 0, failed: 0, retry: 0 };
    if (!this.enabled) return report;
    const repo = this.dataSource.getRepository(Notification);
    // A sender that died between claiming and finishing leaves rows `sending`: take them again.
    await repo.update({ status: 'sending', claimedAt: LessThan(new Date(Date.now() - STALE_CLAIM_MS)) }, { status: 'pending' });
    const rows = await repo.find({ where: { status: 'pending', userId: Not(IsNull()) }, order: { id: 'ASC' }, take: limit });
    const users = new Map(
      (await this.dataSource.getRepository(User).find({ where: { id: In(rows.map((r) => r.userId as number).concat(0)) } })).map((u) => [u.id, u]),
    );
    for (const row of rows) {
      // Claim the row, so two API instances never send the same message.
      const claimed = await repo.update({ id: row.id, status: 'pending' }, { status: 'sending', attempts: row.attempts + 1, claimedAt: new Date() });
      if (!claimed.affected) continue;
      const outcome = await this.deliver(row, users.get(row.userId as number));
      report[outcome] += 1;
    }
    return report;
  }

  private async deliver(row: Notification, user: User | undefined): Promise<keyof DeliveryReport> {
    const repo = this.dataSource.getRepository(Notification);
    const finish = (status: string, lastError: string | null = null) => repo.update({ id: row.id }, { status, lastError, ...(status === 'sent' ? { sentAt: new Date() } : {}) });
    const message = subscribeMessageFor(row.event as NotificationEvent, row.payload, row.createdAt);
    const templateId = message ? this.config.wechat.subscribeTemplates[message.templateKey] : undefined;
    if (!message || !templateId || !user || user.closedAt) {
      await finish('skipped', !message ? 'not a subscribe-message event' : !templateId ? 'template not configured' : 'no active user');
      return 'skipped';
    }
    const credits = this.dataSource.getRepository(SubscribeCredit);
    const taken = await credits
      .createQueryBuilder()
      .update(SubscribeCredit)
      .set({ credits: () => 'credits - 1' })
      .where({ openid: user.openid, templateId })
      .andWhere('credits > 0')
      .execute();
    if (!taken.affected) {
      await finish('no_credit');
      return 'noCredit';
    }
    let answer: { errcode: number; errmsg?: string };
    try {
      answer = await this.wechat.sendSubscribeMessage({ touser: user.openid, template_id: templateId, page: message.page, data: message.data });
    } catch (error) {
      // WeChat was not reached, so the credit was not used: give it back and try later.
      await credits.createQueryBuilder().update(SubscribeCredit).set({ credits: () => 'credits + 1' }).where({ openid: user.openid, templateId }).execute();
      const lastError = (error as Error).message.slice(0, 200);
      if (row.attempts + 1 >= MAX_ATTEMPTS) {
        await finish('failed', lastError);
        return 'failed';
      }
      await repo.update({ id: row.id }, { status: 'pending', lastError });
      return 'retry';
    }
    if (answer.errcode === 0) {
      await finish('sent');
      return 'sent';
    }
    if (answer.errcode === NO_CREDIT) {
      await credits.update({ openid: user.openid, templateId }, { credits: 0 });
      await finish('no_credit', `43101 ${answer.errmsg ?? ''}`.trim());
      return 'noCredit';
    }
    await finish('failed', `${answer.errcode} ${answer.errmsg ?? ''}`.trim().slice(0, 200));
    return 'failed';
  }
}
