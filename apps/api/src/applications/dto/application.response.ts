import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type Application, type ApplicationKind, type ApplicationStatus } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

type ApplicationWorker = NonNullable<Application['worker']>;

export class ApplicationWorkerResponseDto implements ApplicationWorker {
  @ApiProperty({ example: '李师傅', description: '零工报名或接受邀请后为全名，之前为姓氏加“师傅”' })
  name: string;

  @ApiProperty({ example: '138****5678', description: '零工报名或接受邀请后显示，之前打码' })
  phone: string;

  @ApiProperty()
  contactVisible: boolean;
}

/** An application (worker → posting) or an invitation (employer → worker). */
export class ApplicationResponseDto implements Application {
  @ApiProperty()
  id: number;

  @ApiProperty()
  postingId: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty()
  employerId: number;

  @ApiProperty({ enum: ['application', 'invitation'] })
  kind: ApplicationKind;

  @ApiProperty({ enum: APPLICATION_STATUSES })
  status: ApplicationStatus;

  @ApiPropertyOptional()
  cancelReason?: string;

  @ApiPropertyOptional({ description: '录用后生成的用工记录' })
  hireId?: number;

  @ApiProperty({ example: '急招瓦工3名' })
  postingTitle: string;

  @ApiPropertyOptional({ type: () => ApplicationWorkerResponseDto, description: '用工方看到的零工' })
  worker?: ApplicationWorkerResponseDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ApplicationListResponseDto extends ListResponseDto(ApplicationResponseDto) {}
