import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HiresModule } from '../hires/hires.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingsModule } from '../postings/postings.module';
import { WorkersModule } from '../workers/workers.module';
import { Application } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Application]), PostingsModule, WorkersModule, HiresModule, NotificationsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
