import type { ReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { COMPLAINT_OPEN_STATUSES, ComplaintDetail } from '@lingong/shared';
import { AuthUser, complaintActorRole, ComplaintViewer } from '../common/access';
import { AppException } from '../common/app-exception';
import { DOCUMENT_TYPES, StoredFileService, UploadRules, WrittenFile } from '../common/uploads/stored-file.service';
import { createValidationPipe } from '../common/validation';
import { COMPLAINTS_CONFIG, ComplaintsConfig } from '../config/complaints.config';
import { TransactionHost } from '../database/transaction';
import { ComplaintEvidence } from './complaint-evidence.entity';
import { ComplaintEvidenceRepository } from './complaint-evidence.repository';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintReadingService } from './complaint-reading.service';
import type { IntakeResult } from './complaints.types';
import { CreateComplaintDto } from './dto/complaint.dto';
import { Clock } from '../common/clock';

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
    @Inject(COMPLAINTS_CONFIG) private readonly config: ComplaintsConfig,
    private readonly evidence: ComplaintEvidenceRepository,
    private readonly events: ComplaintEventRepository,
    private readonly reading: ComplaintReadingService,
    private readonly intake: ComplaintIntakeService,
    private readonly handling: ComplaintHandlingService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
    private readonly files: StoredFileService,
  ) {}

  async upload(user: AuthUser, complaintId: number, request: FastifyRequest): Promise<ComplaintDetail> {
    const { complaint, viewer } = await this.reading.requireAccess(user, complaintId);
    if (!COMPLAINT_OPEN_STATUSES.includes(complaint.status)) throw new AppException('COMPLAINT.CLOSED');
    const { files } = await this.files.readParts(request, EVIDENCE_RULES);
    if (!files.length) throw new AppException('COMPLAINT.EVIDENCE_MISSING');
    const stored = await this.evidence.countOf(complaintId);
    if (stored + files.length > this.config.maxEvidenceFilesPerCase) throw new AppException('COMPLAINT.EVIDENCE_LIMIT_REACHED');

    const now = this.clock.now();
    await this.files.storeThen(files, async (written) => {
      await this.tx.run(async () => {
        const data = await this.insertRows(complaintId, user, viewer, written, now);
        if (viewer === 'complainant') {
          await this.handling.recordMaterial(complaint, user.id, 'add-evidence', null, now, data);
        } else {
          await this.events.record(complaintId, {
            actorUserId: user.id,
            actorRole: complaintActorRole(user),
            action: 'add-evidence',
            fromStatus: null,
            toStatus: null,
            reason: null,
            internal: false,
            at: now,
            data,
          });
        }
      });
    });
    return this.reading.reload(complaintId, viewer);
  }

  /**
   * A complaint and its evidence in one request (multipart: a `complaint` field holding the same JSON
   * as `POST /api/complaints`, and the files). The case and its evidence rows land in one transaction;
   * a resubmission by mistake answers the existing case and keeps none of the resent files.
   */
  async createWithEvidence(user: AuthUser, request: FastifyRequest): Promise<IntakeResult> {
    const { fields, files } = await this.files.readParts(request, EVIDENCE_RULES);
    if (fields.complaint === undefined) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'complaint', message: '请填写投诉内容' }] });
    let raw: unknown;
    try {
      raw = JSON.parse(fields.complaint);
    } catch {
      throw new AppException('COMMON.MALFORMED_BODY', { errors: [{ field: 'complaint', message: '格式不对' }] });
    }
    const dto = (await createValidationPipe().transform(raw, { type: 'body', metatype: CreateComplaintDto })) as CreateComplaintDto;
    if (files.length > this.config.maxEvidenceFilesPerCase) throw new AppException('COMPLAINT.EVIDENCE_LIMIT_REACHED');

    let result: IntakeResult | undefined;
    await this.files
      .storeThen(files, async (written) => {
        const attach = async (complaint: { id: number }, now: Date) => {
          const data = await this.insertRows(complaint.id, user, 'complainant', written, now);
          await this.events.record(complaint.id, {
            actorUserId: user.id,
            actorRole: 'complainant',
            action: 'add-evidence',
            fromStatus: null,
            toStatus: null,
            reason: null,
            internal: false,
            at: now,
            data,
          });
        };
        result = await this.intake.create(user, dto, written.length ? attach : undefined);
        // The existing case of a double submission already has the files it was sent with.
        if (!result.created) throw new DuplicateIntake();
      })
      .catch((error) => {
        if (!(error instanceof DuplicateIntake)) throw error;
      });
    return result as IntakeResult;
  }

  private async insertRows(complaintId: number, user: AuthUser, role: ComplaintViewer, written: WrittenFile[], now: Date): Promise<Record<string, unknown>> {
    const rows = written.map((file) => ({
      complaintId,
      uploaderUserId: user.id,
      uploaderRole: role,
      ...StoredFileService.row(file),
      createdAt: now,
    }));
    return { evidenceIds: await this.evidence.addAll(rows), fileNames: rows.map((r) => r.fileName) };
  }

  async open(user: AuthUser, complaintId: number, evidenceId: number): Promise<{ evidence: ComplaintEvidence; stream: ReadStream }> {
    await this.reading.requireAccess(user, complaintId);
    const evidence = await this.evidence.findOfComplaint(complaintId, evidenceId);
    if (!evidence) throw new AppException('COMPLAINT.NOT_FOUND');
    const stream = await this.files.open(evidence.storageName, 'COMPLAINT.NOT_FOUND', `evidence ${evidence.id} of complaint ${complaintId}`);
    return { evidence, stream };
  }
}
