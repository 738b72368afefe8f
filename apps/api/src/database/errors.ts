/** True when a write failed on a unique index, on MySQL/MariaDB and on SQLite alike. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return code === 'ER_DUP_ENTRY' || errno === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Which unique index a write broke: MySQL names the index (`for key 'UQ_worker_user'`), SQLite the
 * columns (`UNIQUE constraint failed: worker.userId`), so callers give both.
 */
export function isUniqueViolationOf(error: unknown, index: { name: string; table: string; column: string }): boolean {
  if (!isUniqueViolation(error)) return false;
  const message = String((error as { message?: string })?.message ?? '');
  return message.includes(index.name) || message.includes(`${index.table}.${index.column}`);
}
