import { useCallback, useEffect, useState } from 'react';
import type { ListResponse } from '@lingong/shared';

/**
 * Server-side paging by the API's opaque cursors: the cursors of the pages already seen are kept, so
 * 上一页 goes back without the API paging backwards. A change of `key` (the filters) starts again.
 */
export function useCursorPages<T>(load: (cursor?: string) => Promise<ListResponse<T>>, key: string) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<ListResponse<T>>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => setCursors([undefined]), [key]);

  const cursor = cursors[cursors.length - 1];
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    load(cursor).then(
      (result) => current && setPage(result),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt on every render; the filters reach it through `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, cursor, reloads]);
  useEffect(() => setLoading(false), [page, error]);

  return {
    items: page?.items ?? [],
    loading,
    error,
    pageNumber: cursors.length,
    hasNext: Boolean(page?.nextCursor),
    next: () => page?.nextCursor && setCursors((c) => [...c, page.nextCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reload: useCallback(() => setReloads((n) => n + 1), []),
  };
}
