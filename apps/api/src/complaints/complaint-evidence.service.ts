import '@fastify/multipart';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { COMPLAINT_OPEN_STATUSES, ComplaintDetail } from '@lingong/shared';
import { AuthUser } from '../auth/auth.decorators';
import { AppException } from '../common/app-exception';
import { createValidationPipe } from '../common/validation';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config';
import { Complaint } from './complaint.entity';
import { ComplaintEvidence } from './complaint-evidence.entity';
import { ComplaintViewer } from './complaint.mapper';
import { CreateComplaintDto } from './dto/complaint.dto';
import { ComplaintsClock } from './complaints.clock';
import { ComplaintsService } from './complaints.service';

interface ReceivedFile {
  fileName: string;
  data: Buffer;
  type: DetectedType;
}

interface WrittenFile extends ReceivedFile {
  storageName: string;
  path: string;
}

/** Ends the store-then-commit step of a double submission without keeping its files. */
class DuplicateIntake extends Error {}

export interface DetectedType {
  contentType: string;
  extension: string;
}

/** The file's own first bytes decide its type; what the client declared is not trusted. */
export function detectEvidenceType(head: Buffer): DetectedType | null {
  const starts = (bytes: number[], offset = 0) => head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', extension: 'png' };
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { contentType: 'image/webp', extension: 'webp' };
  return null;
}

function cleanFileName(name: string | undefined, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = basename((name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (cleaned || fallback).slice(0, 200);
}

const MULTIPART_ERRORS: Record<string, 'COMPLAINT.EVIDENCE_TOO_LARGE' | 'COMPLAINT.EVIDENCE_TOO_MANY' | 'COMPLAINT.EVIDENCE_MISSING'> = {
  FST_REQ_FILE_TOO_LARGE: 'COMPLAINT.EVIDENCE_TOO_LARGE',
  FST_FILES_LIMIT: 'COMPLAINT.EVIDENCE_TOO_MANY',
  FST_PARTS_LIMIT: 'COMPLAINT.EVIDENCE_TOO_MANY',
  FST_FIELDS_LIMIT: 'COMPLAINT.EVIDENCE_TOO_MANY',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'COMPLAINT.EVIDENCE_MISSING',
};

/** Evidence files: checked by type and size, stored outside the database, served only to those entitled. */
@Injectable()
export class ComplaintEvidenceService {
  private readonly logger = new Logger(ComplaintEvidenceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly complaints: ComplaintsService,
    private readonly clock: ComplaintsClock,
  ) {}

  async upload(user: AuthUser, complaintId: number, request: FastifyRequest): Promise<ComplaintDetail> {
    const { complaint, viewer } = await this.complaints.requireAccess(user, complaintId);
    if (!COMPLAINT_OPEN_STATUSES.includes(complaint.status)) throw new AppException('COMPLAINT.CLOSED');
    const { files } = await this.readParts(request);
    if (!files.length) throw new AppException('COMPLAINT.EVIDENCE_MISSING');
    const stored = await this.dataSource.getRepository(ComplaintEvidence).count({ where: { complaintId } });
    if (stored + files.length > this.config.evidence.maxFilesPerCase) throw new AppException('COMPLAINT.EVIDENCE_LIMIT_REACHED');

    const now = this.clock.now();
    await this.storeThen(files, async (written) => {
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
    const { fields, files } = await this.readParts(request);
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
    await this.storeThen(files, async (written) => {
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

  /**
   * Writes every file (under a temporary name, renamed when complete), then runs `commit`, which
   * inserts the rows in a transaction. If `commit` fails, the files go too: nothing half-written stays.
   */
  private async storeThen(files: ReceivedFile[], commit: (written: WrittenFile[]) => Promise<void>): Promise<void> {
    const dir = this.config.evidence.dir;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const written: WrittenFile[] = [];
    try {
      for (const file of files) {
        const storageName = `${randomBytes(16).toString('hex')}.${file.type.extension}`;
        const path = join(dir, storageName);
        await writeFile(`${path}.part`, file.data, { flag: 'wx', mode: 0o600 });
        await rename(`${path}.part`, path);
        written.push({ ...file, storageName, path });
      }
      await commit(written);
    } catch (error) {
      await Promise.all(written.flatMap((f) => [unlink(f.path).catch(() => undefined), unlink(`${f.path}.part`).catch(() => undefined)]));
      throw error;
    }
  }

  private async insertRows(manager: EntityManager, complaintId: number, user: AuthUser, role: ComplaintViewer, written: WrittenFile[], now: Date): Promise<Record<string, unknown>> {
    const rows = written.map((file) => ({
      complaintId,
      uploaderUserId: user.id,
      uploaderRole: role,
      storageName: file.storageName,
      fileName: file.fileName,
      contentType: file.type.contentType,
      sizeBytes: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      createdAt: now,
    }));
    const result = await manager.getRepository(ComplaintEvidence).insert(rows);
    return { evidenceIds: result.identifiers.map((i) => i.id as number), fileNames: rows.map((r) => r.fileName) };
  }

  async open(user: AuthUser, complaintId: number, evidenceId: number): Promise<{ evidence: ComplaintEvidence; stream: ReadStream }> {
    await this.complaints.requireAccess(user, complaintId);
    const evidence = await this.dataSource.getRepository(ComplaintEvidence).findOne({ where: { id: evidenceId, complaintId } });
    if (!evidence) throw new AppException('COMPLAINT.NOT_FOUND');
    const path = join(this.config.evidence.dir, evidence.storageName);
    try {
      await stat(path);
    } catch {
      this.logger.error(`evidence ${evidence.id} of complaint ${complaintId} is missing from the evidence directory`);
      throw new AppException('COMPLAINT.NOT_FOUND', { message: '这个文件找不到了，请联系市场工作人员。' });
    }
    return { evidence, stream: createReadStream(path) };
  }

  /** Reads every part into memory (bounded by the size and count limits) and checks each file's type. */
  private async readParts(request: FastifyRequest): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
    if (!request.isMultipart()) throw new AppException('COMPLAINT.EVIDENCE_MISSING', { message: '请用表单（multipart/form-data）上传文件。' });
    const fields: Record<string, string> = {};
    const files: ReceivedFile[] = [];
    try {
      for await (const part of request.parts()) {
        if (part.type !== 'file') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        const data = await part.toBuffer();
        const fileName = cleanFileName(part.filename, `材料${files.length + 1}`);
        if (!data.length) continue;
        const type = detectEvidenceType(data.subarray(0, 16));
        if (!type) throw new AppException('COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED', { details: { fileName } });
        files.push({ fileName, data, type });
      }
    } catch (error) {
      const code = MULTIPART_ERRORS[(error as { code?: string })?.code ?? ''];
      if (code) throw new AppException(code);
      throw error;
    }
    return { fields, files };
  }
}
