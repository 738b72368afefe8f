import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingExpiryJob } from './posting-expiry.job';
import { PostingFactsService } from './posting-facts.service';
import { PostingPublishingService } from './posting-publishing.service';
import { PostingReportRepository } from './posting-report.repository';
import { PostingReportsService } from './posting-reports.service';
import { PostingReviewService } from './posting-review.service';
import { PostingRepository } from './posting.repository';
import { PostingsController } from './postings.controller';
import { PostingsService } from './postings.service';

@Module({
  imports: [EmployersModule, NotificationsModule],
  controllers: [PostingsController],
  providers: [
    PostingsService,
    PostingPublishingService,
    PostingReviewService,
    PostingReportsService,
    PostingExpiryJob,
    PostingRepository,
    PostingReportRepository,
    PostingFactsService,
  ],
  exports: [PostingsService, PostingExpiryJob, PostingFactsService],
})
export class PostingsModule {}
