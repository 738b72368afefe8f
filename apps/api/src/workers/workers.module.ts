import { Module } from '@nestjs/common';
import { ConsentRecordRepository } from './consent-record.repository';
import { WorkerRepository } from './worker.repository';
import { WorkerTradeRepository } from './worker-trade.repository';
import { WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';

@Module({
  controllers: [WorkersController],
  providers: [WorkersService, WorkerRepository, WorkerTradeRepository, ConsentRecordRepository],
  exports: [WorkersService],
})
export class WorkersModule {}
