import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarException } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CalendarService } from './calendar.service';
import { CreateCalendarExceptionDto, ListCalendarExceptionsQuery, WorkingDaysQuery } from './dto/calendar.dto';
import { CalendarExceptionListResponseDto, CalendarExceptionResponseDto, WorkingDaysResponseDto } from './dto/calendar.response';

@ApiTags('calendar')
@ApiBearerAuth()
@Roles('operator', 'admin')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('exceptions')
  @ApiOperation({ summary: '本地工作日调整列表（本县和全市）' })
  @ApiOkResponse({ type: CalendarExceptionListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListCalendarExceptionsQuery): Promise<{ items: CalendarException[] }> {
    return this.calendar.list(user, query);
  }

  @Post('exceptions')
  @ApiOperation({ summary: '添加本地放假或补班日（运营人员：本县；管理员：某县或全市）' })
  @ApiCreatedResponse({ type: CalendarExceptionResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCalendarExceptionDto): Promise<CalendarException> {
    return this.calendar.create(user, dto);
  }

  @Delete('exceptions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除一条本地工作日调整' })
  @ApiNoContentResponse({ description: '已删除' })
  remove(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<void> {
    return this.calendar.remove(user, id);
  }

  @Get('working-days')
  @ApiOperation({ summary: '计算期限：某日之后第 N 个工作日（当天不算）' })
  @ApiOkResponse({ type: WorkingDaysResponseDto })
  workingDays(@CurrentUser() user: AuthUser, @Query() query: WorkingDaysQuery) {
    return this.calendar.workingDaysFor(user, query);
  }
}
