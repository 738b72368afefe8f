import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERRORS, type ApiErrorBody, type ErrorCode, type FieldError } from '@lingong/shared';

export class FieldErrorResponseDto implements FieldError {
  @ApiProperty({ example: 'location.lat', description: '出错字段的路径' })
  field: string;

  @ApiProperty({ example: '纬度不正确', description: '关于这个字段的中文说明' })
  message: string;
}

/** The one shape of every error the API answers (AllExceptionsFilter). */
export class ErrorResponseDto implements ApiErrorBody {
  @ApiProperty({
    enum: Object.keys(ERRORS),
    enumName: 'ErrorCode',
    example: 'COMMON.VALIDATION_FAILED',
    description: '稳定的错误代码 DOMAIN.REASON（见 @lingong/shared 的 ERRORS）',
  })
  code: ErrorCode;

  @ApiProperty({ example: '填写的内容有误，请按提示修改后再提交。', description: '给用户看的中文说明' })
  message: string;

  @ApiPropertyOptional({ type: () => [FieldErrorResponseDto], description: '逐个字段的问题（校验失败时）' })
  errors?: FieldErrorResponseDto[];

  @ApiProperty({ example: '0b6f1c2e-3d4a-4f5b-8c9d-0e1f2a3b4c5d', description: '请求编号，与响应头 x-request-id 相同' })
  requestId: string;
}
