import 'reflect-metadata';
import { Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '../../src/common/access';

/** The table the baseline writes to; created by the benchmark in its own database only. */
export const BENCH_BASELINE_TABLE_SQL =
  'CREATE TABLE bench_baseline (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, userId int NOT NULL, at datetime(6) NOT NULL) ENGINE=InnoDB';

@Controller('bench')
class BenchBaselineController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The baseline of the benchmarks: the same guard (token check + user look-up), then one single-row insert. */
  @Roles('worker')
  @Post('baseline')
  async baseline(@CurrentUser() user: AuthUser): Promise<{ ok: true }> {
    await this.dataSource.query('INSERT INTO bench_baseline (userId, at) VALUES (?, ?)', [user.id, new Date()]);
    return { ok: true };
  }

  /**
   * The feed benchmark's baseline, the cheapest authenticated list route: the same guard, then the
   * newest 20 open postings in plain SQL (newest by id: the primary key read backwards, no ranking).
   */
  @Roles('worker')
  @Get('newest-postings')
  async newestPostings(): Promise<{ items: unknown[] }> {
    const items: unknown[] = await this.dataSource.query(
      "SELECT id, employerId, trade, title, payAmountFen, payUnit, settlement, address, lat, lng, publishedAt FROM posting WHERE status = 'open' ORDER BY id DESC LIMIT 20",
    );
    return { items };
  }
}

/** Passed to createApp by benchmarks only (`extraModules`); production never has this route. */
@Module({ controllers: [BenchBaselineController] })
export class BenchBaselineModule {}

/** What a benchmark under bench/ needs from the app (bench/ cannot resolve the API's dependencies itself). */
export function benchHandles(app: INestApplication): { dataSource: DataSource; signAccessToken: (userId: number) => string } {
  const jwt = app.get(JwtService);
  return { dataSource: app.get(DataSource), signAccessToken: (userId) => jwt.sign({ sub: userId }) };
}
