import { Module } from '@nestjs/common';
import { CalendarExceptionRepository } from './calendar-exception.repository';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  controllers: [CalendarController],
  providers: [CalendarService, CalendarExceptionRepository],
  exports: [CalendarService],
})
export class CalendarModule {}
