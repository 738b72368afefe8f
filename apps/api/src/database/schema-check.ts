import { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would still run to make the database match the entities. Empty when the
 * migrations and the entities agree; used by `db:check` and by the tests on both engines.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
