import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '../employers/employers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingReport } from './posting-report.entity';
import { Posting } from './posting.entity';
import { PostingsController } from './postings.controller';
import { PostingsService } from './postings.service';
import { CheckinPresenceProvider } from '../checkins/checkin-presence.provider';
import { CheckinsModule } from '../checkins/checkins.module';
import { PRESENCE_PROVIDER } from './presence.provider';
import { PostingFactsService } from './posting-facts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Posting, PostingReport]), EmployersModule, NotificationsModule, CheckinsModule],
  controllers: [PostingsController],
  providers: [PostingsService, { provide: PRESENCE_PROVIDER, useExisting: CheckinPresenceProvider }, PostingFactsService],
  exports: [PostingsService, PostingFactsService],
})
export class PostingsModule {}
