import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { Hire } from './hire.entity';
import { HiresController } from './hires.controller';
import { HiresService } from './hires.service';
import { Rating } from './rating.entity';
import { ComplaintsModule } from '../complaints/complaints.module';
import { UnpaidHireWageClaimHandler } from '../complaints/unpaid-hire-wage-claim.handler';
import { UNPAID_WAGE_HANDLER } from './unpaid-wage.handler';
import { HireFactsService } from './hire-facts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Hire, Rating]), NotificationsModule, ComplaintsModule],
  controllers: [HiresController],
  // "Not paid" opens a prefilled wage claim in the complaints module.
  providers: [HiresService, { provide: UNPAID_WAGE_HANDLER, useExisting: UnpaidHireWageClaimHandler }, HireFactsService],
  exports: [HiresService, HireFactsService],
})
export class HiresModule {}
