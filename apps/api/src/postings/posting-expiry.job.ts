import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { PostingRepository } from './posting.repository';

/** Every minute: closes what a worker must not see any more. */
@Injectable()
export class PostingExpiryJob {
  private readonly logger = new Logger(PostingExpiryJob.name);

  constructor(private readonly postings: PostingRepository) {}

  @Interval('postings.expire', 60_000)
  async runScheduledClose(): Promise<void> {
    try {
      await this.closeStale();
    } catch (error) {
      this.logger.error(`closing stale postings failed: ${(error as Error).message}`);
    }
  }

  /**
   * Postings past their valid-until become `expired`, open postings whose headcount is filled
   * `filled`. Conditional updates, so a racing edit or accept is not lost.
   */
  async closeStale(now = new Date()): Promise<{ expired: number; filled: number }> {
    const expired = await this.postings.expirePast(now);
    const filled = await this.postings.markFull();
    return { expired, filled };
  }
}
