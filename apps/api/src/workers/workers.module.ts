import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentRecord } from './consent-record.entity';
import { Worker } from './worker.entity';
import { WorkerTrade } from './worker-trade.entity';
import { WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';
import { ComplainantIdentityService } from './complainant-identity.service';
import { InsuredPersonService } from './insured-person.service';

@Module({
  imports: [TypeOrmModule.forFeature([Worker, ConsentRecord, WorkerTrade])],
  controllers: [WorkersController],
  providers: [WorkersService, ComplainantIdentityService, InsuredPersonService],
  exports: [WorkersService, ComplainantIdentityService, InsuredPersonService],
})
export class WorkersModule {}
