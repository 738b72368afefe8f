import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { STAFF_ROLES, type CreateStaffInvitationRequest, type RedeemStaffInvitationRequest, type StaffRole } from '@lingong/shared';
import { PageQuery } from '../../common/dto';

export class CreateStaffInvitationDto implements CreateStaffInvitationRequest {
  @ApiProperty({ enum: STAFF_ROLES, description: 'operator：县（区）工作人员；admin：市里管理员' })
  @IsIn(STAFF_ROLES as unknown as string[], { message: '身份只能是 operator（县区工作人员）或 admin（市里管理员）' })
  role: StaffRole;

  @ApiPropertyOptional({ example: '371728', description: '工作人员所属县（区）：operator 必填，admin 不填' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class RedeemStaffInvitationDto implements RedeemStaffInvitationRequest {
  @ApiProperty({ example: 'K7M3QX9D', description: '管理员给的8位邀请码（不分大小写，空格和横线会被去掉）' })
  @IsString()
  @IsNotEmpty({ message: '请输入邀请码' })
  @MaxLength(32, { message: '邀请码太长了，请核对后重新输入' })
  code: string;
}

export class ListStaffInvitationsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '371728', description: '只看这个县（区）的邀请码' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}
