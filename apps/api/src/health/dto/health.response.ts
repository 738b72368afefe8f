import { ApiProperty } from '@nestjs/swagger';
import { ERRORS, type ErrorCode, type HealthResponse } from '@lingong/shared';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';

  @ApiProperty({ format: 'date-time' })
  time: string;
}

/** 503: the health fields and the error shape in one body. */
export class HealthDownResponseDto extends HealthResponseDto {
  @ApiProperty({ enum: Object.keys(ERRORS), enumName: 'ErrorCode', example: 'COMMON.DATABASE_DOWN' })
  code: ErrorCode;

  @ApiProperty()
  message: string;

  @ApiProperty()
  requestId: string;
}
