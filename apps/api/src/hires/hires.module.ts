import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { Hire } from './hire.entity';
import { HiresController } from './hires.controller';
import { HiresService } from './hires.service';
import { Rating } from './rating.entity';
import { NoUnpaidWageHandler, UNPAID_WAGE_HANDLER } from './unpaid-wage.handler';

@Module({
  imports: [TypeOrmModule.forFeature([Hire, Rating]), NotificationsModule],
  controllers: [HiresController],
  // The complaints module replaces this binding with openWageClaimFromHire at merge.
  providers: [HiresService, { provide: UNPAID_WAGE_HANDLER, useClass: NoUnpaidWageHandler }],
  exports: [HiresService],
})
export class HiresModule {}
