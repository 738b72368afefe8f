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
