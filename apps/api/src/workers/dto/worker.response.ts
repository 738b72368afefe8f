import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type PII_CONSENT_TEXT, type Role, type WorkerProfile } from '@lingong/shared';
import type { WorkersService } from '../workers.service';

type WorkerLocation = NonNullable<WorkerProfile['location']>;
type WorkerConsent = WorkerProfile['consent'];

export class WorkerLocationResponseDto implements WorkerLocation {
  @ApiProperty({ example: 35.2526 })
  lat: number;

  @ApiProperty({ example: 115.4418 })
  lng: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class WorkerConsentResponseDto implements WorkerConsent {
  @ApiProperty({ example: '2026-11-v1' })
  version: string;

  @ApiProperty({ format: 'date-time' })
  agreedAt: string;
}

/** The worker's own registration: the ID number only masked. */
export class WorkerProfileResponseDto implements WorkerProfile {
  @ApiProperty({ example: 12 })
  id: number;

  @ApiProperty({ example: '李师傅' })
  realName: string;

  @ApiProperty({ example: '3717********0017', description: '身份证号码（只显示前4位和后4位）' })
  idNumberMasked: string;

  @ApiProperty({ example: '13800138000' })
  phone: string;

  @ApiProperty({ type: [String], example: ['construction.mason'] })
  trades: string[];

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiPropertyOptional({ type: () => WorkerLocationResponseDto })
  location?: WorkerLocationResponseDto;

  @ApiProperty({ example: '1975-06-15' })
  birthDate: string;

  @ApiProperty({ example: 51 })
  age: number;

  @ApiProperty({ enum: ['male', 'female'] })
  gender: 'male' | 'female';

  @ApiProperty({ type: () => WorkerConsentResponseDto })
  consent: WorkerConsentResponseDto;

  @ApiProperty()
  phoneVerified: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

type ConsentText = typeof PII_CONSENT_TEXT;

export class PiiConsentTextResponseDto implements ConsentText {
  @ApiProperty({ example: '2026-11-v1', description: '同意书版本：登记时在 consent.version 里传回' })
  version: ConsentText['version'];

  @ApiProperty({ example: '身份证号码和位置信息单独同意书' })
  title: ConsentText['title'];

  @ApiProperty({ type: [String] })
  paragraphs: ConsentText['paragraphs'];
}

type WorkerExport = Awaited<ReturnType<WorkersService['exportMine']>>;
type WorkerExportAccount = WorkerExport['account'];
type WorkerExportConsent = WorkerExport['consents'][number];
type WorkerExportIdAccess = WorkerExport['idNumberAccessLog'][number];
type WorkerExportActivity = WorkerExport['activity'][number];
type WorkerDeleted = Awaited<ReturnType<WorkersService['deleteMine']>>;

export class WorkerExportAccountResponseDto implements WorkerExportAccount {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  phoneVerifiedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;
}

export class WorkerExportConsentResponseDto implements WorkerExportConsent {
  @ApiProperty({ example: 'pii' })
  scope: string;

  @ApiProperty()
  version: string;

  @ApiProperty({ format: 'date-time' })
  agreedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt: string | null;
}

export class WorkerExportIdAccessResponseDto implements WorkerExportIdAccess {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'insurance.enrollment', description: '解密身份证号码的用途' })
  purpose: string;

  @ApiProperty({ type: Number, nullable: true, description: '谁解密的' })
  byUserId: number | null;
}

export class WorkerExportActivityResponseDto implements WorkerExportActivity {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'worker.registered' })
  action: string;

  @ApiProperty({ example: 'worker' })
  entityType: string;

  @ApiProperty()
  entityId: number;
}

/** Everything the platform keeps about the worker (PIPL Art 45). */
export class WorkerExportResponseDto implements WorkerExport {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: () => WorkerExportAccountResponseDto })
  account: WorkerExportAccountResponseDto;

  @ApiProperty({ type: () => WorkerProfileResponseDto })
  worker: WorkerProfileResponseDto;

  @ApiProperty({ type: () => [WorkerExportConsentResponseDto] })
  consents: WorkerExportConsentResponseDto[];

  @ApiProperty({ type: () => [WorkerExportIdAccessResponseDto], description: '身份证号码每一次被解密的记录' })
  idNumberAccessLog: WorkerExportIdAccessResponseDto[];

  @ApiProperty({ type: () => [WorkerExportActivityResponseDto] })
  activity: WorkerExportActivityResponseDto[];

  @ApiProperty()
  note: string;
}

export class WorkerDeletedResponseDto implements WorkerDeleted {
  @ApiProperty({ example: true })
  deleted: boolean;

  @ApiProperty()
  message: string;
}
