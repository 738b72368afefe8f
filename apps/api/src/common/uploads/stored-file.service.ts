import '@fastify/multipart';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '@lingong/shared';
import { UPLOADS_CONFIG, UploadsConfig } from '../../config/uploads.config';
import { AppException } from '../app-exception';

export interface DetectedType {
  contentType: string;
  extension: string;
}

/** The file's own first bytes decide its type; what the client declared is not trusted. */
export function detectFileType(head: Buffer): DetectedType | null {
  const starts = (bytes: number[], offset = 0) => head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', extension: 'png' };
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { contentType: 'image/webp', extension: 'webp' };
  return null;
}

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const DOCUMENT_TYPES = [...PHOTO_TYPES, 'application/pdf'];

function cleanFileName(name: string | undefined, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = basename((name ?? '').replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (cleaned || fallback).slice(0, 200);
}

/** The error codes a module answers for its uploads (each module speaks of its own files). */
export interface UploadErrors {
  tooLarge: ErrorCode;
  tooMany: ErrorCode;
  missing: ErrorCode;
  typeNotAllowed: ErrorCode;
}

export interface UploadRules {
  errors: UploadErrors;
  /** Content types accepted (from the first bytes). */
  types: string[];
  /** Name given to a file sent without one, numbered: `材料1`, `照片2`. */
  fallbackName: string;
}

export interface ReceivedFile {
  fileName: string;
  data: Buffer;
  type: DetectedType;
}

export interface WrittenFile extends ReceivedFile {
  storageName: string;
  path: string;
  sizeBytes: number;
  sha256: string;
}

/** What a module keeps of a stored file in its own table. */
export interface StoredFileRow {
  storageName: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

const MULTIPART_ERRORS: Record<string, keyof UploadErrors> = {
  FST_REQ_FILE_TOO_LARGE: 'tooLarge',
  FST_FILES_LIMIT: 'tooMany',
  FST_PARTS_LIMIT: 'tooMany',
  FST_FIELDS_LIMIT: 'tooMany',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'missing',
};

/**
 * Uploaded files (complaint evidence, accident photos): read from multipart within the configured size
 * and count limits, checked by their first bytes, written under EVIDENCE_DIR with random names before
 * the module's rows are committed (and removed if that fails), and opened again only for a module
 * that has already decided the reader is entitled.
 */
@Injectable()
export class StoredFileService {
  private readonly logger = new Logger(StoredFileService.name);

  constructor(@Inject(UPLOADS_CONFIG) private readonly config: UploadsConfig) {}

  /** Reads every part into memory (bounded by the size and count limits) and checks each file's type. */
  async readParts(request: FastifyRequest, rules: UploadRules): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
    if (!request.isMultipart()) throw new AppException(rules.errors.missing, { message: '请用表单（multipart/form-data）上传文件。' });
    const fields: Record<string, string> = {};
    const files: ReceivedFile[] = [];
    try {
      for await (const part of request.parts()) {
        if (part.type !== 'file') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        const data = await part.toBuffer();
        const fileName = cleanFileName(part.filename, `${rules.fallbackName}${files.length + 1}`);
        if (!data.length) continue;
        const type = detectFileType(data.subarray(0, 16));
        if (!type || !rules.types.includes(type.contentType)) throw new AppException(rules.errors.typeNotAllowed, { details: { fileName } });
        files.push({ fileName, data, type });
      }
    } catch (error) {
      const kind = MULTIPART_ERRORS[(error as { code?: string })?.code ?? ''];
      if (kind) throw new AppException(rules.errors[kind]);
      throw error;
    }
    return { fields, files };
  }

  /**
   * Writes every file (under a temporary name, renamed when complete), then runs `commit`, which
   * inserts the rows in a transaction. If `commit` fails, the files go too: nothing half-written stays.
   */
  async storeThen<T>(files: ReceivedFile[], commit: (written: WrittenFile[]) => Promise<T>): Promise<T> {
    const dir = this.config.dir;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const written: WrittenFile[] = [];
    try {
      for (const file of files) {
        const storageName = `${randomBytes(16).toString('hex')}.${file.type.extension}`;
        const path = join(dir, storageName);
        await writeFile(`${path}.part`, file.data, { flag: 'wx', mode: 0o600 });
        await rename(`${path}.part`, path);
        written.push({ ...file, storageName, path, sizeBytes: file.data.length, sha256: createHash('sha256').update(file.data).digest('hex') });
      }
      return await commit(written);
    } catch (error) {
      await Promise.all(written.flatMap((f) => [unlink(f.path).catch(() => undefined), unlink(`${f.path}.part`).catch(() => undefined)]));
      throw error;
    }
  }

  /** The columns a module keeps for a written file. */
  static row(file: WrittenFile): StoredFileRow {
    return { storageName: file.storageName, fileName: file.fileName, contentType: file.type.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
  }

  /** Opens a stored file; the caller has checked the reader's right. A missing file answers `notFound`. */
  async open(storageName: string, notFound: ErrorCode, what: string): Promise<ReadStream> {
    const path = join(this.config.dir, basename(storageName));
    try {
      await stat(path);
    } catch {
      this.logger.error(`${what} is missing from the evidence directory`);
      throw new AppException(notFound, { message: '这个文件找不到了，请联系市场工作人员。' });
    }
    return createReadStream(path);
  }
}
