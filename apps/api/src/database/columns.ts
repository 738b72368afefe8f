import { ColumnOptions, ValueTransformer } from 'typeorm';

/** mysql2 returns DECIMAL as a string; SQLite returns a number. Entities always see a number. */
const decimalToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** GCJ-02 degrees with six decimals (about 0.1 m), indexable by B-tree on every engine we support. */
export function coordinateColumn(options: Partial<ColumnOptions> = {}): ColumnOptions {
  return { type: 'decimal', precision: 9, scale: 6, transformer: decimalToNumber, ...options };
}

/** Times are stored in UTC with sub-second precision (MariaDB drops fractions without one; 6 matches
 * the CURRENT_TIMESTAMP(6) default TypeORM gives created/updated columns, so no drift appears). */
export function timeColumn(options: Partial<ColumnOptions> = {}): ColumnOptions {
  return { type: 'datetime', precision: 6, ...options };
}
