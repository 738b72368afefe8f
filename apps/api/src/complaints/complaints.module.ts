import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { EmployersModule } from '../employers/employers.module';
import { HiresModule } from '../hires/hires.module';
import { PostingsModule } from '../postings/postings.module';
import { WorkersModule } from '../workers/workers.module';
import { UploadsModule } from '../common/uploads/uploads.module';
import { ComplaintDeadlinesJob } from './complaint-deadlines.job';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintEvidenceRepository } from './complaint-evidence.repository';
import { ComplaintEvidenceService } from './complaint-evidence.service';
import { ComplaintFiguresService } from './complaint-figures.service';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintReadingService } from './complaint-reading.service';
import { ComplaintReminderRepository } from './complaint-reminder.repository';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';
import { UnpaidHireWageClaimHandler } from './unpaid-hire-wage-claim.handler';

// Accounts (users) are a global module. Hires does not import this module: the unpaid-wage handler
// registers itself in hires' port (hires/unpaid-hire.port.ts) when this module starts.
@Module({
  imports: [CalendarModule, EmployersModule, HiresModule, PostingsModule, WorkersModule, UploadsModule],
  controllers: [ComplaintsController],
  providers: [
    ComplaintRepository,
    ComplaintEventRepository,
    ComplaintEvidenceRepository,
    ComplaintReminderRepository,
    ComplaintReadingService,
    ComplaintIntakeService,
    ComplaintHandlingService,
    ComplaintDeadlinesJob,
    ComplaintFiguresService,
    ComplaintEvidenceService,
    ComplaintsService,
    UnpaidHireWageClaimHandler,
  ],
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
