import { Injectable } from '@nestjs/common';
import { boundingBox, feedScore, FeedItem, haversineKm, isTradeCode, ListResponse, relatedTradeCodes } from '@lingong/shared';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { PostingsService } from '../postings/postings.service';
import { WorkersService } from '../workers/workers.service';
import { FeedQuery } from './dto/matching.dto';

// 10 km: a ride by e-bike; at city-scale density a wider default returns tens of thousands of rows (docs/benchmarks.md).
const DEFAULT_FEED_RADIUS_KM = 10;

/** The next page's cursor: the first page's time (freshness is measured as of it) and the last item's keys. */
type FeedCursor = { at: number; score10: number; distanceMm: number; id: number };

/** The worker's job feed: open postings near a point, ranked for this worker (or for anyone, signed out). */
@Injectable()
export class FeedService {
  constructor(
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
  ) {}

  /**
   * Open postings within the radius, ranked by `feedScore` (packages/shared, postings.ts: distance 40,
   * trade 30, pay per day 20, freshness 10). The database computes the score over the box's latitude
   * bands (IDX_posting_status_cell, index-only) and returns the page's ids in order; only those rows are
   * read, and the score and reasons shown are `feedScore`'s for them. Pages follow a keyset cursor, as
   * of the first page's time, so the order is the same from page to page. Signed out (`user`
   * undefined), nobody's trade counts: the order is by distance, pay and freshness, as for a worker
   * without a trade, and no reason names a trade.
   */
  async feed(user: AuthUser | undefined, query: FeedQuery): Promise<ListResponse<FeedItem>> {
    if (query.trade && !isTradeCode(query.trade)) throw new AppException('POSTING.TRADE_UNKNOWN');
    const center = { lat: query.lat, lng: query.lng };
    const radiusKm = query.radiusKm ?? DEFAULT_FEED_RADIUS_KM;
    const limit = pageSize(query);
    const cursor = decodeCursor<FeedCursor>(query.cursor, ['at', 'score10', 'distanceMm', 'id']);
    const now = new Date();
    const at = cursor ? new Date(cursor.at) : now;
    const workerTrades = user ? await this.workers.tradesOfUser(user.id) : [];

    const page = await this.postings.feedPage({
      center,
      radiusKm,
      box: boundingBox(center, radiusKm),
      at,
      now,
      ...(workerTrades.length ? { workerTrades: { exact: workerTrades, related: [...new Set(workerTrades.flatMap(relatedTradeCodes))] } } : {}),
      // 建筑 finds 瓦工 postings and 瓦工 finds postings asking for 建筑 in general.
      ...(query.trade ? { trades: relatedTradeCodes(query.trade) } : {}),
      ...(query.settlement ? { settlement: query.settlement } : {}),
      ...(cursor ? { after: cursor } : {}),
      limit: limit + 1,
    });
    const shown = page.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      items: shown.map(({ posting, publishedAt }) => {
        const distanceKm = haversineKm(center, posting);
        // Open postings always carry publishedAt (set when opened or approved).
        const ageHours = publishedAt ? (at.getTime() - publishedAt.getTime()) / 3_600_000 : Infinity;
        const { score, matchReasons } = feedScore({ ...posting, distanceKm, radiusKm, postingTrade: posting.trade, workerTrades, ageHours });
        return { ...posting, distanceKm: Math.round(distanceKm * 100) / 100, score, matchReasons };
      }),
      ...(page.length > limit ? { nextCursor: encodeCursor({ at: at.getTime(), ...last.key }) } : {}),
    };
  }
}
