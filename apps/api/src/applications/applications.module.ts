import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { HiresModule } from '../hires/hires.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingsModule } from '../postings/postings.module';
import { WorkersModule } from '../workers/workers.module';
import { ApplicationRepository } from './application.repository';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [PostingsModule, WorkersModule, EmployersModule, HiresModule, NotificationsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ApplicationRepository],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
