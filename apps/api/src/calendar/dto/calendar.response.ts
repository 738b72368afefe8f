import { ApiProperty } from '@nestjs/swagger';
import type { CalendarException } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';
import type { CalendarService } from '../calendar.service';

export class CalendarExceptionResponseDto implements CalendarException {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '2026-10-08' })
  date: string;

  @ApiProperty({ example: '371702', description: '县（区）代码，全市为 371700' })
  scopeCode: string;

  @ApiProperty({ description: 'true：补班（工作日）；false：放假' })
  working: boolean;

  @ApiProperty({ example: '国庆调休' })
  reason: string;
}

type WorkingDays = Awaited<ReturnType<CalendarService['workingDaysFor']>>;

export class WorkingDaysResponseDto implements WorkingDays {
  @ApiProperty({ example: '2026-12-07' })
  from: string;

  @ApiProperty({ example: 7 })
  days: number;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ example: '2026-12-16', description: 'from 之后第 days 个工作日（当天不算）' })
  dueOn: string;
}

export class CalendarExceptionListResponseDto extends ListResponseDto(CalendarExceptionResponseDto) {}
