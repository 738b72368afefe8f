import { Module } from '@nestjs/common';
import { MarketsModule } from '../markets/markets.module';
import { WorkersModule } from '../workers/workers.module';
import { CheckinRepository } from './checkin.repository';
import { CheckinsController } from './checkins.controller';
import { CheckinsService } from './checkins.service';

@Module({
  imports: [MarketsModule, WorkersModule],
  controllers: [CheckinsController],
  providers: [CheckinsService, CheckinRepository],
  // The employer's candidate ranking asks who is present near a site; insurance subsidies ask for days at public markets.
  exports: [CheckinsService],
})
export class CheckinsModule {}
