import { Global, Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [AuditService, AuditEventRepository],
  exports: [AuditService],
})
export class AuditModule {}
