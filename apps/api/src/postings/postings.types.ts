/** Where the feed ranks: the point, radius and box, the worker's trades (none: anonymous or no trade given), the filters. */
export interface FeedRankQuery {
  center: { lat: number; lng: number };
  radiusKm: number;
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  /** Freshness is measured as of this time (the first page's, carried by the cursor). */
  at: Date;
  /** Postings valid until after this time are open. */
  now: Date;
  /** `exact`: the worker's own trades; `related`: their parents and children. Absent: no trade points (10 for everyone). */
  workerTrades?: { exact: string[]; related: string[] };
  /** Only these trades (the trade filter with its relatives). */
  trades?: string[];
  settlement?: string;
  excludeEmployerIds: number[];
  /** The keyset of the last item of the page before. */
  after?: FeedRankKey;
  limit: number;
}

/** A posting's place in the feed's order. */
export interface FeedRankKey {
  score10: number;
  distanceMm: number;
  id: number;
}
