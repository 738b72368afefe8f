import { Injectable } from '@nestjs/common';
import { boundingBox, feedScore, FeedItem, haversineKm, isTradeCode, ListResponse } from '@lingong/shared';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageByOffset, pageSize } from '../common/pagination';
import { PostingsService } from '../postings/postings.service';
import { WorkersService } from '../workers/workers.service';
import { FeedQuery } from './dto/matching.dto';

// 10 km: a ride by e-bike; at city-scale density a wider default returns tens of thousands of rows (docs/benchmarks.md).
const DEFAULT_FEED_RADIUS_KM = 10;

/** The worker's job feed: open postings near a point, ranked for this worker. */
@Injectable()
export class FeedService {
  constructor(
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
  ) {}

  /**
   * Open postings within the radius, ranked by `feedScore` (packages/shared, postings.ts: distance 40,
   * trade 30, pay per day 20, freshness 10). The bounding box narrows on IDX_posting_status_cell;
   * exact distance, trade match and score are computed on the rows left.
   */
  async feed(user: AuthUser, query: FeedQuery): Promise<ListResponse<FeedItem>> {
    if (query.trade && !isTradeCode(query.trade)) throw new AppException('POSTING.TRADE_UNKNOWN');
    const center = { lat: query.lat, lng: query.lng };
    const radiusKm = query.radiusKm ?? DEFAULT_FEED_RADIUS_KM;
    const limit = pageSize(query);
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const now = new Date();
    const workerTrades = await this.workers.tradesOfUser(user.id);

    const rows = await this.postings.findOpenInBox(boundingBox(center, radiusKm), now, query);
    const ranked = rows
      .map((posting) => {
        const distanceKm = haversineKm(center, posting);
        // Open postings always carry publishedAt (set when opened or approved).
        const ageHours = posting.publishedAt ? (now.getTime() - posting.publishedAt.getTime()) / 3_600_000 : Infinity;
        const score = feedScore({
          distanceKm,
          radiusKm,
          postingTrade: posting.trade,
          workerTrades,
          payAmountFen: posting.payAmountFen,
          payUnit: posting.payUnit,
          settlement: posting.settlement,
          ageHours,
        });
        return { posting, distanceKm, ...score };
      })
      .filter((r) => r.distanceKm <= radiusKm)
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || b.posting.id - a.posting.id);
    const page = pageByOffset(ranked, offset, limit);
    // Only the page is read in full: ranking needed just the few columns findOpenInBox selects.
    const views = new Map((await this.postings.viewsOf(page.rows.map((r) => r.posting.id))).map((v) => [v.id, v]));
    return {
      items: page.rows.map((r) => ({
        ...views.get(r.posting.id)!,
        distanceKm: Math.round(r.distanceKm * 100) / 100,
        score: r.score,
        matchReasons: r.matchReasons,
      })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }
}
