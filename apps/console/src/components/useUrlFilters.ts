import { useSearchParams } from 'react-router-dom';

/** Filters live in the URL, so a page can be shared and reloaded as it is. */
export function useUrlFilters<K extends string>(defaults: Partial<Record<K, string>>) {
  const [params, setParams] = useSearchParams();
  const get = (key: K): string | undefined => params.get(key) ?? defaults[key] ?? undefined;
  const set = (key: K, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value ?? '');
      return next;
    });
  return { get: (key: K) => get(key) || undefined, set, key: params.toString() };
}
