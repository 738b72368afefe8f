import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { WechatClient } from '../auth/wechat.client';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config/notifications.config';
import { UsersService } from '../users/users.service';
import type { WechatRecipient } from '../users/users.types';
import { Notification } from './notification.entity';
import { NotificationEvent } from './notifications.service';
import { NotificationRepository } from './notification.repository';
import { SubscribeCreditRepository } from './subscribe-credit.repository';
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
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    private readonly wechat: WechatClient,
    private readonly users: UsersService,
    private readonly outbox: NotificationRepository,
    private readonly credits: SubscribeCreditRepository,
  ) {}

  get enabled(): boolean {
    return Object.keys(this.config.subscribeTemplates).length > 0;
  }

  /** The template ids the mini-program asks the user to accept. */
  templates() {
    return { templates: { ...this.config.subscribeTemplates } };
  }

  /** Counts one credit per accepted template (only the platform's configured templates). */
  async addCredits(userId: number, accepted: string[]): Promise<{ templateId: string; credits: number }[]> {
    const known = new Set(Object.values(this.config.subscribeTemplates));
    const templateIds = [...new Set(accepted)].filter((id) => known.has(id));
    const openid = await this.openidOf(userId);
    for (const templateId of templateIds) await this.credits.addOne(openid, templateId);
    return this.creditsOfOpenid(openid);
  }

  async creditsOf(userId: number) {
    return this.creditsOfOpenid(await this.openidOf(userId));
  }

  private async openidOf(userId: number): Promise<string> {
    const recipient = (await this.users.wechatRecipients([userId])).get(userId);
    if (!recipient) throw new Error(`user ${userId} not found`);
    return recipient.openid;
  }

  private async creditsOfOpenid(openid: string) {
    const rows = await this.credits.findByOpenid(openid);
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
    // A sender that died between claiming and finishing leaves rows `sending`: take them again.
    await this.outbox.releaseStaleClaims(new Date(Date.now() - STALE_CLAIM_MS));
    const rows = await this.outbox.findPendingForUsers(limit);
    const recipients = await this.users.wechatRecipients(rows.map((r) => r.userId as number));
    for (const row of rows) {
      // Claim the row, so two API instances never send the same message.
      if (!(await this.outbox.claim(row, new Date()))) continue;
      const outcome = await this.deliver(row, recipients.get(row.userId as number));
      report[outcome] += 1;
    }
    return report;
  }

  private async deliver(row: Notification, user: WechatRecipient | undefined): Promise<keyof DeliveryReport> {
    const finish = (status: string, lastError: string | null = null) => this.outbox.finish(row.id, status, lastError, new Date());
    const message = subscribeMessageFor(row.event as NotificationEvent, row.payload, row.createdAt);
    const templateId = message ? this.config.subscribeTemplates[message.templateKey] : undefined;
    if (!message || !templateId || !user || user.closed) {
      await finish('skipped', !message ? 'not a subscribe-message event' : !templateId ? 'template not configured' : 'no active user');
      return 'skipped';
    }
    if (!(await this.credits.takeOne(user.openid, templateId))) {
      await finish('no_credit');
      return 'noCredit';
    }
    let answer: { errcode: number; errmsg?: string };
    try {
      answer = await this.wechat.sendSubscribeMessage({ touser: user.openid, template_id: templateId, page: message.page, data: message.data });
    } catch (error) {
      // WeChat was not reached, so the credit was not used: give it back and try later.
      await this.credits.giveBack(user.openid, templateId);
      const lastError = (error as Error).message.slice(0, 200);
      if (row.attempts + 1 >= MAX_ATTEMPTS) {
        await finish('failed', lastError);
        return 'failed';
      }
      await this.outbox.retryLater(row.id, lastError);
      return 'retry';
    }
    if (answer.errcode === 0) {
      await finish('sent');
      return 'sent';
    }
    if (answer.errcode === NO_CREDIT) {
      await this.credits.reset(user.openid, templateId);
      await finish('no_credit', `43101 ${answer.errmsg ?? ''}`.trim());
      return 'noCredit';
    }
    await finish('failed', `${answer.errcode} ${answer.errmsg ?? ''}`.trim().slice(0, 200));
    return 'failed';
  }
}
