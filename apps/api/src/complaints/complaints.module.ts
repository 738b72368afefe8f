import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { Employer } from '../employers/employer.entity';
import { EmployersModule } from '../employers/employers.module';
import { User } from '../users/user.entity';
import { Worker } from '../workers/worker.entity';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintEvidence } from './complaint-evidence.entity';
import { ComplaintEvidenceService } from './complaint-evidence.service';
import { UploadsModule } from '../common/uploads/uploads.module';
import { ComplaintReminder } from './complaint-reminder.entity';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';
import { UnpaidHireWageClaimHandler } from './unpaid-hire-wage-claim.handler';

@Module({
  imports: [TypeOrmModule.forFeature([Complaint, ComplaintEvent, ComplaintEvidence, ComplaintReminder, Worker, Employer, User]), CalendarModule, EmployersModule, UploadsModule],
  controllers: [ComplaintsController],
  providers: [ComplaintsService, ComplaintEvidenceService, UnpaidHireWageClaimHandler],
  exports: [ComplaintsService, UnpaidHireWageClaimHandler],
})
export class ComplaintsModule {}
