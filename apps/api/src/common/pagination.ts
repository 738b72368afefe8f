import { AppException } from './app-exception';

/** Opaque cursors: clients pass back `nextCursor` as `cursor` and never build one themselves. */
export function encodeCursor(value: Record<string, number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Every cursor field is a non-negative integer (an id or an offset); anything else is refused. */
export function decodeCursor<T extends Record<string, number>>(cursor: string | undefined, keys: (keyof T)[]): T | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
    if (value && typeof value === 'object' && keys.every((k) => Number.isSafeInteger(value[k]) && value[k] >= 0)) return value;
  } catch {
    // fall through
  }
  throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'cursor', message: '翻页参数无效，请从第一页重新开始' }] });
}

/** One default page size for every list, and the most a page may hold (the map and a market's day: 200). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_LONG_PAGE_SIZE = 200;

/** The page size a query asked for, or the default. */
export function pageSize(query: { limit?: number }): number {
  return query.limit ?? DEFAULT_PAGE_SIZE;
}

/**
 * Keyset paging by a descending id: fetch `limit + 1` rows with `id < cursor.id`, then hand them here.
 * The extra row only tells whether there is a next page; the cursor points after the last item shown.
 */
export function pageById<R extends { id: number }>(rows: R[], limit: number): { rows: R[]; nextCursor?: string } {
  const page = rows.slice(0, limit);
  return rows.length > limit ? { rows: page, nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : { rows: page };
}

/** Offset paging of a list ranked in memory (the feed, candidates, the staff queue). */
export function pageByOffset<R>(ranked: R[], offset: number, limit: number): { rows: R[]; nextCursor?: string } {
  const rows = ranked.slice(offset, offset + limit);
  return ranked.length > offset + limit ? { rows, nextCursor: encodeCursor({ offset: offset + limit }) } : { rows };
}
