import { Module } from '@nestjs/common';
import { ComplainantIdentityService } from './complainant-identity.service';
import { ConsentRecordRepository } from './consent-record.repository';
import { InsuredPersonService } from './insured-person.service';
import { WorkerRepository } from './worker.repository';
import { WorkerTradeRepository } from './worker-trade.repository';
import { WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';

@Module({
  controllers: [WorkersController],
  providers: [WorkersService, WorkerRepository, WorkerTradeRepository, ConsentRecordRepository, ComplainantIdentityService, InsuredPersonService],
  exports: [WorkersService, ComplainantIdentityService, InsuredPersonService],
})
export class WorkersModule {}
