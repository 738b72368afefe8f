import type { ReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Claim, ClaimStatus, ListResponse, shanghaiDate } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, canAddClaimPhotos, canReadClaim, claimListScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { PHOTO_TYPES, StoredFileService, UploadRules, WrittenFile } from '../common/uploads/stored-file.service';
import { createValidationPipe } from '../common/validation';
import { INSURANCE_CONFIG, InsuranceConfig } from '../config/insurance.config';
import { TransactionHost } from '../database/transaction';
import { ClaimDecisionDto, CreateClaimDto, ListClaimsQuery } from './dto/insurance.dto';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsuranceClaimRepository } from './insurance-claim.repository';
import { InsuranceClaimPhoto } from './insurance-claim-photo.entity';
import { InsuranceClaimPhotoRepository } from './insurance-claim-photo.repository';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentRepository } from './insurance-enrollment.repository';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';
import { toClaimView } from './insurance.mapper';
import { InsurerClient } from './insurer.client';

const PHOTO_RULES: UploadRules = {
  errors: {
    tooLarge: 'INSURANCE.PHOTO_TOO_LARGE',
    tooMany: 'INSURANCE.PHOTO_TOO_MANY',
    missing: 'INSURANCE.PHOTO_MISSING',
    typeNotAllowed: 'INSURANCE.PHOTO_TYPE_NOT_ALLOWED',
  },
  types: PHOTO_TYPES,
  fallbackName: '照片',
};

/** Accident reports: reported by the insured worker or the enrolling employer, then forwarded and closed by the county's operators. */
@Injectable()
export class InsuranceClaimsService {
  constructor(
    private readonly claims: InsuranceClaimRepository,
    private readonly photos: InsuranceClaimPhotoRepository,
    private readonly enrollmentRows: InsuranceEnrollmentRepository,
    private readonly enrollments: InsuranceEnrollmentsService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly insurer: InsurerClient,
    private readonly audit: AuditService,
    private readonly files: StoredFileService,
    @Inject(INSURANCE_CONFIG) private readonly config: InsuranceConfig,
  ) {}

  /** `withPhotos` runs in the report's transaction once the claim exists (photos sent with the report). */
  async report(user: AuthUser, dto: CreateClaimDto, withPhotos?: (claim: InsuranceClaim) => Promise<void>): Promise<Claim> {
    const enrollment = await this.enrollments.requireVisible(user, dto.enrollmentId, false);
    const accidentAt = new Date(dto.accidentAt);
    if (Number.isNaN(accidentAt.getTime()))
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'accidentAt', message: '出事时间格式不对' }] });
    if (!isInsideCover(enrollment, accidentAt, this.clock.now())) {
      throw new AppException('INSURANCE.CLAIM_OUTSIDE_COVER', {
        details: { coverStart: enrollment.startDate, coverEnd: enrollment.endDate, accidentDay: shanghaiDate(accidentAt), status: enrollment.status },
      });
    }
    const saved = await this.tx.run(async () => {
      const claim = await this.claims.add({
        enrollmentId: enrollment.id,
        workerId: enrollment.workerId,
        workerUserId: enrollment.workerUserId,
        countyCode: enrollment.countyCode,
        reportedByUserId: user.id,
        // The employer who enrolled the worker follows the report, whoever filed it.
        employerUserId: enrollment.employerId !== null ? enrollment.requestedByUserId : null,
        accidentAt,
        place: dto.place.trim(),
        description: dto.description.trim(),
        injuries: dto.injuries.trim(),
        status: 'reported',
        statusReason: null,
        insurerClaimNo: null,
      });
      await this.audit.record({
        actorUserId: user.id,
        action: 'insurance.claim.reported',
        entityType: 'insurance_claim',
        entityId: claim.id,
        countyCode: claim.countyCode,
      });
      if (withPhotos) await withPhotos(claim);
      return claim;
    });
    return this.view(saved);
  }

  /**
   * A report and its photos in one request (multipart: a `claim` field holding the same JSON as
   * `POST /api/insurance/claims`, and the photos). The files are written first and removed again if
   * the report is refused (outside cover, not found), so a refusal keeps nothing.
   */
  async reportWithPhotos(user: AuthUser, request: FastifyRequest): Promise<Claim> {
    const { fields, files } = await this.files.readParts(request, PHOTO_RULES);
    if (fields.claim === undefined) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'claim', message: '请填写报案内容' }] });
    let raw: unknown;
    try {
      raw = JSON.parse(fields.claim);
    } catch {
      throw new AppException('COMMON.MALFORMED_BODY', { errors: [{ field: 'claim', message: '格式不对' }] });
    }
    const dto = (await createValidationPipe().transform(raw, { type: 'body', metatype: CreateClaimDto })) as CreateClaimDto;
    if (files.length > this.config.maxPhotosPerClaim) throw new AppException('INSURANCE.PHOTO_LIMIT_REACHED');
    return this.files.storeThen(files, (written) => this.report(user, dto, written.length ? (claim) => this.insertPhotos(claim, user, written) : undefined));
  }

  /** More photos for an open report: the insured worker or the enrolling employer. */
  async addPhotos(user: AuthUser, id: number, request: FastifyRequest): Promise<Claim> {
    const claim = await this.requireVisible(user, id);
    if (!canAddClaimPhotos(user, claim)) throw new AppException('INSURANCE.CLAIM_NOT_FOUND');
    if (claim.status === 'closed') throw new AppException('INSURANCE.CLAIM_STATUS_INVALID', { message: '报案已经结案，不能再上传照片。' });
    const { files } = await this.files.readParts(request, PHOTO_RULES);
    if (!files.length) throw new AppException('INSURANCE.PHOTO_MISSING');
    const stored = await this.photos.countOf(id);
    if (stored + files.length > this.config.maxPhotosPerClaim) throw new AppException('INSURANCE.PHOTO_LIMIT_REACHED');
    await this.files.storeThen(files, (written) => this.tx.run(() => this.insertPhotos(claim, user, written)));
    return this.view(await this.claims.getById(id));
  }

  /** A photo, for the insured worker, the enrolling employer (and whoever reported) and the county's staff; others 404. */
  async openPhoto(user: AuthUser, id: number, photoId: number): Promise<{ photo: InsuranceClaimPhoto; stream: ReadStream }> {
    await this.requireVisible(user, id);
    const photo = await this.photos.findOfClaim(id, photoId);
    if (!photo) throw new AppException('INSURANCE.CLAIM_NOT_FOUND');
    const stream = await this.files.open(photo.storageName, 'INSURANCE.CLAIM_NOT_FOUND', `photo ${photo.id} of insurance claim ${id}`);
    return { photo, stream };
  }

  private async insertPhotos(claim: InsuranceClaim, user: AuthUser, written: WrittenFile[]): Promise<void> {
    const photoIds = await this.photos.addAll(written.map((file) => ({ claimId: claim.id, uploaderUserId: user.id, ...StoredFileService.row(file) })));
    await this.audit.record({
      actorUserId: user.id,
      action: 'insurance.claim.photos_added',
      entityType: 'insurance_claim',
      entityId: claim.id,
      countyCode: claim.countyCode,
      data: { photoIds },
    });
  }

  private async view(claim: InsuranceClaim): Promise<Claim> {
    return (await this.views([claim]))[0];
  }

  private async views(claims: InsuranceClaim[]): Promise<Claim[]> {
    const photos = await this.photos.ofClaims(claims.map((c) => c.id));
    return claims.map((c) =>
      toClaimView(
        c,
        photos.filter((p) => p.claimId === c.id),
      ),
    );
  }

  async list(user: AuthUser, query: ListClaimsQuery): Promise<ListResponse<Claim>> {
    const limit = pageSize(query);
    const after = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.claims.list(claimListScope(user, query.countyCode), { status: query.status, beforeId: after?.id, take: limit + 1 });
    const { rows: page, nextCursor } = pageById(rows, limit);
    return { items: await this.views(page), ...(nextCursor ? { nextCursor } : {}) };
  }

  async get(user: AuthUser, id: number): Promise<Claim> {
    return this.view(await this.requireVisible(user, id));
  }

  /** Sends the report to the insurer (its claim number is kept) and marks it forwarded. */
  async forward(staff: AuthUser, id: number, dto: ClaimDecisionDto): Promise<Claim> {
    const claim = await this.requireVisible(staff, id);
    if (claim.status !== 'reported') throw new AppException('INSURANCE.CLAIM_STATUS_INVALID');
    const enrollment = await this.enrollmentRows.getById(claim.enrollmentId);
    const claimNo = await this.insurer.submitClaim({
      reference: `${enrollment.reference}-C${claim.id}`,
      policyNo: enrollment.policyNo as string,
      accidentAt: claim.accidentAt.toISOString(),
      place: claim.place,
      description: claim.description,
      injuries: claim.injuries,
    });
    return this.transition(staff, claim, ['reported'], 'forwarded', dto.reason, { insurerClaimNo: claimNo });
  }

  async close(staff: AuthUser, id: number, dto: ClaimDecisionDto): Promise<Claim> {
    const claim = await this.requireVisible(staff, id);
    return this.transition(staff, claim, ['reported', 'forwarded'], 'closed', dto.reason);
  }

  private async transition(
    staff: AuthUser,
    claim: InsuranceClaim,
    from: ClaimStatus[],
    to: ClaimStatus,
    reason: string,
    extra: Partial<InsuranceClaim> = {},
  ): Promise<Claim> {
    const changed = await this.tx.run(async () => {
      if (!(await this.claims.moveIfIn(claim.id, from, { status: to, statusReason: reason.trim(), ...extra }))) return false;
      await this.audit.record({
        actorUserId: staff.id,
        action: `insurance.claim.${to}`,
        entityType: 'insurance_claim',
        entityId: claim.id,
        countyCode: claim.countyCode,
        reason: reason.trim(),
      });
      return true;
    });
    if (!changed) throw new AppException('INSURANCE.CLAIM_STATUS_INVALID');
    return this.view(await this.claims.getById(claim.id));
  }

  /** claim.read: anyone else is told it does not exist. */
  private async requireVisible(user: AuthUser, id: number): Promise<InsuranceClaim> {
    const claim = await this.claims.findById(id);
    if (!claim || !canReadClaim(user, claim)) throw new AppException('INSURANCE.CLAIM_NOT_FOUND');
    return claim;
  }
}

/** Inside cover: an issued enrollment, and the Asia/Shanghai day of the accident is one of its days, not in the future. */
export function isInsideCover(enrollment: Pick<InsuranceEnrollment, 'status' | 'startDate' | 'endDate'>, accidentAt: Date, now = new Date()): boolean {
  if (enrollment.status !== 'issued' || accidentAt.getTime() > now.getTime()) return false;
  const day = shanghaiDate(accidentAt);
  return day >= enrollment.startDate && day <= enrollment.endDate;
}
