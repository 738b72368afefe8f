import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostingsModule } from '../postings/postings.module';
import { WorkersModule } from '../workers/workers.module';
import { HireFactsService } from './hire-facts.service';
import { HireRepository } from './hire.repository';
import { HiresController } from './hires.controller';
import { HiresService } from './hires.service';
import { RatingRepository } from './rating.repository';
import { UnpaidHireHandlers } from './unpaid-hire.port';

@Module({
  // "Not paid" reaches the complaints module through the unpaid-hire port (unpaid-hire.port.ts), which its handler joins.
  imports: [PostingsModule, WorkersModule, EmployersModule, NotificationsModule],
  controllers: [HiresController],
  providers: [HiresService, HireRepository, RatingRepository, HireFactsService, UnpaidHireHandlers],
  exports: [HiresService, HireFactsService, UnpaidHireHandlers],
})
export class HiresModule {}
