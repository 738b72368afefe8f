import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '../employers/employers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingReport } from './posting-report.entity';
import { Posting } from './posting.entity';
import { PostingsController } from './postings.controller';
import { PostingsService } from './postings.service';
import { NoPresenceProvider, PRESENCE_PROVIDER } from './presence.provider';

@Module({
  imports: [TypeOrmModule.forFeature([Posting, PostingReport]), EmployersModule, NotificationsModule],
  controllers: [PostingsController],
  // The check-in module replaces this binding with its real provider at merge.
  providers: [PostingsService, { provide: PRESENCE_PROVIDER, useClass: NoPresenceProvider }],
  exports: [PostingsService],
})
export class PostingsModule {}
