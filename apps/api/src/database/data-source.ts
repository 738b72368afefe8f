// Used only by the TypeORM CLI (`pnpm --filter @lingong/api migration:generate`):
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/lingong_dev  ... -- src/database/migrations/mysql/Name
//   DATABASE_URL=sqlite:.data/gen.sqlite                     ... -- src/database/migrations/sqlite/Name
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../config/config';
import { buildDataSourceOptions } from './data-source-options';

const problems: string[] = [];
const db = parseDatabaseUrl(process.env.DATABASE_URL ?? 'sqlite:.data/lingong.sqlite', process.cwd(), problems);
if (!db) throw new Error(problems.join('\n'));

export default new DataSource(buildDataSourceOptions(db));
