import type { ReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { COMPLAINT_OPEN_STATUSES, ComplaintDetail } from '@lingong/shared';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { DOCUMENT_TYPES, StoredFileService, UploadRules, WrittenFile } from '../common/uploads/stored-file.service';
import { createValidationPipe } from '../common/validation';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config';
import { Complaint } from './complaint.entity';
import { ComplaintEvidence } from './complaint-evidence.entity';
import { ComplaintViewer } from './complaint.mapper';
import { CreateComplaintDto } from './dto/complaint.dto';
import { Clock } from '../common/clock';
import { ComplaintsService } from './complaints.service';

/** Ends the store-then-commit step of a double submission without keeping its files. */
class DuplicateIntake extends Error {}

const EVIDENCE_RULES: UploadRules = {
  errors: {
    tooLarge: 'COMPLAINT.EVIDENCE_TOO_LARGE',
    tooMany: 'COMPLAINT.EVIDENCE_TOO_MANY',
    missing: 'COMPLAINT.EVIDENCE_MISSING',
    typeNotAllowed: 'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED',
  },
  types: DOCUMENT_TYPES,
  fallbackName: '材料',
};

/** Evidence files: checked by type and size, stored outside the database, served only to those entitled. */
@Injectable()
export class ComplaintEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly complaints: ComplaintsService,
    private readonly clock: Clock,
    private readonly files: StoredFileService,
  ) {}

  async upload(user: AuthUser, complaintId: number, request: FastifyRequest): Promise<ComplaintDetail> {
    const { complaint, viewer } = await this.complaints.requireAccess(user, complaintId);
    if (!COMPLAINT_OPEN_STATUSES.includes(complaint.status)) throw new AppException('COMPLAINT.CLOSED');
    const { files } = await this.files.readParts(request, EVIDENCE_RULES);
    if (!files.length) throw new AppException('COMPLAINT.EVIDENCE_MISSING');
    const stored = await this.dataSource.getRepository(ComplaintEvidence).count({ where: { complaintId } });
    if (stored + files.length > this.config.evidence.maxFilesPerCase) throw new AppException('COMPLAINT.EVIDENCE_LIMIT_REACHED');

    const now = this.clock.now();
    await this.files.storeThen(files, async (written) => {
      await this.dataSource.transaction(async (manager) => {
        const data = await this.insertRows(manager, complaintId, user, viewer, written, now);
        if (viewer === 'complainant') {
          await this.complaints.recordMaterial(complaint, user.id, 'add-evidence', null, now, manager, data);
        } else {
          await this.complaints.addEvent(manager, complaintId, { actorUserId: user.id, actorRole: this.complaints.roleOf(user), action: 'add-evidence', fromStatus: null, toStatus: null, reason: null, internal: false, at: now, data });
        }
      });
    });
    return this.complaints.detail(await this.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaintId }), viewer);
  }

  /**
   * A complaint and its evidence in one request (multipart: a `complaint` field holding the same JSON
   * as `POST /api/complaints`, and the files). The case and its evidence rows land in one transaction;
   * a resubmission by mistake answers the existing case and keeps none of the resent files.
   */
  async createWithEvidence(user: AuthUser, request: FastifyRequest): Promise<{ complaint: ComplaintDetail; created: boolean }> {
    const { fields, files } = await this.files.readParts(request, EVIDENCE_RULES);
    if (fields.complaint === undefined) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'complaint', message: '请填写投诉内容' }] });
    let raw: unknown;
    try {
      raw = JSON.parse(fields.complaint);
    } catch {
      throw new AppException('COMMON.MALFORMED_BODY', { errors: [{ field: 'complaint', message: '格式不对' }] });
    }
    const dto = (await createValidationPipe().transform(raw, { type: 'body', metatype: CreateComplaintDto })) as CreateComplaintDto;
    if (files.length > this.config.evidence.maxFilesPerCase) throw new AppException('COMPLAINT.EVIDENCE_LIMIT_REACHED');

    let result: { complaint: ComplaintDetail; created: boolean } | undefined;
    await this.files.storeThen(files, async (written) => {
      result = await this.complaints.create(user, dto, written.length ? async (manager, complaint, now) => {
        const data = await this.insertRows(manager, complaint.id, user, 'complainant', written, now);
        await this.complaints.addEvent(manager, complaint.id, { actorUserId: user.id, actorRole: 'complainant', action: 'add-evidence', fromStatus: null, toStatus: null, reason: null, internal: false, at: now, data });
      } : undefined);
      // The existing case of a double submission already has the files it was sent with.
      if (!result.created) throw new DuplicateIntake();
    }).catch((error) => {
      if (!(error instanceof DuplicateIntake)) throw error;
    });
    return result as { complaint: ComplaintDetail; created: boolean };
  }

  private async insertRows(manager: EntityManager, complaintId: number, user: AuthUser, role: ComplaintViewer, written: WrittenFile[], now: Date): Promise<Record<string, unknown>> {
    const rows = written.map((file) => ({
      complaintId,
      uploaderUserId: user.id,
      uploaderRole: role,
      ...StoredFileService.row(file),
      createdAt: now,
    }));
    const result = await manager.getRepository(ComplaintEvidence).insert(rows);
    return { evidenceIds: result.identifiers.map((i) => i.id as number), fileNames: rows.map((r) => r.fileName) };
  }

  async open(user: AuthUser, complaintId: number, evidenceId: number): Promise<{ evidence: ComplaintEvidence; stream: ReadStream }> {
    await this.complaints.requireAccess(user, complaintId);
    const evidence = await this.dataSource.getRepository(ComplaintEvidence).findOne({ where: { id: evidenceId, complaintId } });
    if (!evidence) throw new AppException('COMPLAINT.NOT_FOUND');
    const stream = await this.files.open(evidence.storageName, 'COMPLAINT.NOT_FOUND', `evidence ${evidence.id} of complaint ${complaintId}`);
    return { evidence, stream };
  }
}
