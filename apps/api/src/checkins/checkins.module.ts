import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Market } from '../markets/market.entity';
import { Worker } from '../workers/worker.entity';
import { Checkin } from './checkin.entity';
import { CheckinsController } from './checkins.controller';
import { CheckinPresenceProvider } from './checkin-presence.provider';
import { CheckinsService } from './checkins.service';

@Module({
  imports: [TypeOrmModule.forFeature([Checkin, Market, Worker])],
  controllers: [CheckinsController],
  providers: [CheckinsService, CheckinPresenceProvider],
  // The employer's candidate ranking asks CheckinPresenceProvider; insurance subsidies ask CheckinsService.
  exports: [CheckinsService, CheckinPresenceProvider],
})
export class CheckinsModule {}
