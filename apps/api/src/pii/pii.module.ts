import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PiiAccessLog } from './pii-access-log.entity';
import { PiiService } from './pii.service';
import { PiiAccessHistoryService } from './pii-access-history.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PiiAccessLog])],
  providers: [PiiService, PiiAccessHistoryService],
  exports: [PiiService, PiiAccessHistoryService],
})
export class PiiModule {}
