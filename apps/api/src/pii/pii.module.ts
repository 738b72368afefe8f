import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PiiAccessLog } from './pii-access-log.entity';
import { PiiService } from './pii.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PiiAccessLog])],
  providers: [PiiService],
  exports: [PiiService],
})
export class PiiModule {}
