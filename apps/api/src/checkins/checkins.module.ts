import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Market } from '../markets/market.entity';
import { Worker } from '../workers/worker.entity';
import { Checkin } from './checkin.entity';
import { CheckinsController } from './checkins.controller';
import { CheckinsService } from './checkins.service';

@Module({
  imports: [TypeOrmModule.forFeature([Checkin, Market, Worker])],
  controllers: [CheckinsController],
  providers: [CheckinsService],
  // The employer's candidate ranking asks CheckinsService.workersPresentNear().
  exports: [CheckinsService],
})
export class CheckinsModule {}
