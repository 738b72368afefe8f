import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@lingong/shared';

export class WechatLoginDto {
  @ApiProperty({ description: 'wx.login() 得到的一次性 code' })
  @IsString()
  @IsNotEmpty({ message: '缺少微信登录凭证 code' })
  @MaxLength(128)
  code: string;
}

export class BindPhoneDto {
  @ApiProperty({ description: 'getPhoneNumber 按钮回调得到的 code' })
  @IsString()
  @IsNotEmpty({ message: '缺少手机号凭证 code' })
  @MaxLength(128)
  code: string;
}

export class DevLoginDto {
  @ApiProperty({ example: 'demo-worker' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'openid 只能是3到64位字母、数字、下划线或横线' })
  openid: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], { message: '角色只能是 worker、employer、operator 或 admin' })
  role: Role;

  @ApiPropertyOptional({ example: '371702', description: '运营人员所属县（区）代码' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}
