import { Global, Module } from '@nestjs/common';
import { PiiAccessLogRepository } from './pii-access-log.repository';
import { PiiService } from './pii.service';

@Global()
@Module({
  providers: [PiiService, PiiAccessLogRepository],
  exports: [PiiService],
})
export class PiiModule {}
