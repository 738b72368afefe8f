import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CheckinsModule } from '../checkins/checkins.module';
import { HiresModule } from '../hires/hires.module';
import { PostingsModule } from '../postings/postings.module';
import { WorkersModule } from '../workers/workers.module';
import { CandidatesService } from './candidates.service';
import { FeedService } from './feed.service';
import { MatchingController } from './matching.controller';

/** The job feed and the employer's candidates: ranking over postings, workers, check-ins, hires and applications. */
@Module({
  imports: [PostingsModule, WorkersModule, CheckinsModule, HiresModule, ApplicationsModule],
  controllers: [MatchingController],
  providers: [FeedService, CandidatesService],
  exports: [FeedService, CandidatesService],
})
export class MatchingModule {}
