import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { SubscribeCredit } from './subscribe-credit.entity';

/** How many one-time subscribe messages each WeChat user accepted, per template. */
@Injectable()
export class SubscribeCreditRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get credits() {
    return this.tx.repository(SubscribeCredit);
  }

  private bump(openid: string, templateId: string, by: '+ 1' | '- 1', onlyIfPositive = false) {
    const qb = this.credits
      .createQueryBuilder()
      .update(SubscribeCredit)
      .set({ credits: () => `credits ${by}` })
      .where({ openid, templateId });
    if (onlyIfPositive) qb.andWhere('credits > 0');
    return qb.execute();
  }

  /** One more credit, creating the row on the first (two reports at once: the other created it, so count on it). */
  async addOne(openid: string, templateId: string): Promise<void> {
    if ((await this.bump(openid, templateId, '+ 1')).affected) return;
    try {
      await this.credits.insert({ openid, templateId, credits: 1 });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.bump(openid, templateId, '+ 1');
    }
  }

  /** Takes one credit; false when none was left. */
  async takeOne(openid: string, templateId: string): Promise<boolean> {
    return !!(await this.bump(openid, templateId, '- 1', true)).affected;
  }

  async giveBack(openid: string, templateId: string): Promise<void> {
    await this.bump(openid, templateId, '+ 1');
  }

  async reset(openid: string, templateId: string): Promise<void> {
    await this.credits.update({ openid, templateId }, { credits: 0 });
  }

  findByOpenid(openid: string): Promise<SubscribeCredit[]> {
    return this.credits.find({ where: { openid }, order: { templateId: 'ASC' } });
  }
}
