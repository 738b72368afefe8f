import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type LoginResponse, type Role, type UserSummary } from '@lingong/shared';

export class UserSummaryResponseDto implements UserSummary {
  @ApiProperty({ example: 42 })
  id: number;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['worker'] })
  roles: Role[];

  @ApiPropertyOptional({ example: '371702', description: '工作人员所属县（区）' })
  countyCode?: string;

  @ApiPropertyOptional({ example: '13800138000', description: '绑定的手机号' })
  phone?: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: '访问令牌：放在 Authorization: Bearer 后面' })
  accessToken: string;

  @ApiProperty({ example: 604800, description: '令牌还有多少秒过期' })
  expiresIn: number;

  @ApiProperty({ type: () => UserSummaryResponseDto })
  user: UserSummaryResponseDto;
}

export class BoundPhoneResponseDto {
  @ApiProperty({ example: '13800138000' })
  phone: string;
}
