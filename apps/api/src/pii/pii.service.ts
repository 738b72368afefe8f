import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PII_CONFIG, PiiConfig } from '../config/pii.config';
import { PiiAccessLog } from './pii-access-log.entity';
import { PiiAccessLogRepository } from './pii-access-log.repository';
import type { PiiAccess } from './pii.types';

const FORMAT = 'v1';

export interface DecryptionReason {
  /** The user who needs the clear value, or null for a scheduled job. */
  actorUserId: number | null;
  /** The user the value belongs to. */
  subjectUserId: number;
  /** Why, in a few words (e.g. `insurance.enrollment`), kept in the access log. */
  purpose: string;
}

/**
 * Encryption at rest for resident ID numbers (PIPL Art 51): AES-256-GCM with PII_KEY, plus a keyed
 * hash (HMAC-SHA256 with a key derived from PII_KEY) to find duplicates without decrypting.
 * Every decryption is written to the access log with who and why.
 */
@Injectable()
export class PiiService {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(
    @Inject(PII_CONFIG) config: PiiConfig,
    private readonly accessLog: PiiAccessLogRepository,
  ) {
    this.encryptionKey = Buffer.from(hkdfSync('sha256', config.key, Buffer.alloc(0), 'lingong:pii:encrypt', 32));
    this.hashKey = Buffer.from(hkdfSync('sha256', config.key, Buffer.alloc(0), 'lingong:pii:lookup-hash', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  lookupHash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain, 'utf8').digest('hex');
  }

  /**
   * Decrypts and records the access in the same transaction as the caller's work: the open one
   * (TransactionHost), or `manager` for callers that still hand theirs around.
   */
  async decrypt(stored: string, reason: DecryptionReason, manager?: EntityManager): Promise<string> {
    const plain = this.decryptWithoutLog(stored);
    const log = manager ? manager.getRepository(PiiAccessLog) : this.accessLog;
    await log.insert({ ...reason, field: 'id_number' });
    return plain;
  }

  /** Every decryption of this user's ID number, oldest first (for the user's own data export). */
  accessesOf(subjectUserId: number): Promise<PiiAccess[]> {
    return this.accessLog.findBySubject(subjectUserId);
  }

  /**
   * A server secret kept with the same encryption (a staff member's TOTP seed): not personal data
   * about anyone, so it is not written to the access log.
   */
  decryptSecret(stored: string): string {
    return this.decryptWithoutLog(stored);
  }

  private decryptWithoutLog(stored: string): string {
    const [format, iv, tag, body] = stored.split('.');
    if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('unrecognised ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
