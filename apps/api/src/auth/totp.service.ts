import { Injectable } from '@nestjs/common';
import { toString as qrToString } from 'qrcode';
import type { TotpEnrollment, TotpRecoveryCodes } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { TransactionHost } from '../database/transaction';
import { PiiService } from '../pii/pii.service';
import { SessionsService } from './sessions.service';
import { hashRecoveryCode, matchTotp, newRecoveryCode, newTotpSecret, otpauthUrl, RECOVERY_CODE_COUNT } from './totp';
import { TotpCredentialRepository } from './totp-credential.repository';

const ISSUER = '菏泽零工市场';

/** The outcome of a code typed at the console login. */
export type TotpCheck = 'accepted' | 'wrong' | 'not-enrolled';

/** Staff members' authenticators: enrolling one, and checking a code (or a recovery code) at login. */
@Injectable()
export class TotpService {
  constructor(
    private readonly credentials: TotpCredentialRepository,
    private readonly pii: PiiService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: TransactionHost,
  ) {}

  /** A new secret (replacing one not yet confirmed); a confirmed authenticator is not replaced here. */
  async enroll(user: AuthUser): Promise<TotpEnrollment> {
    const existing = await this.credentials.findByUser(user.id);
    if (existing?.confirmedAt) throw new AppException('AUTH.TOTP_ALREADY_ENROLLED');
    const secret = newTotpSecret();
    await this.credentials.saveUnconfirmed(user.id, this.pii.encrypt(secret));
    const url = otpauthUrl(secret, `工作人员${user.id}号`, ISSUER);
    return { otpauthUrl: url, qrSvg: await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** The first code proves the app holds the secret; the answer holds the recovery codes, shown only now. */
  async confirm(user: AuthUser, code: string): Promise<TotpRecoveryCodes> {
    const credential = await this.credentials.findByUser(user.id);
    if (!credential) throw new AppException('AUTH.TOTP_NOT_STARTED');
    if (credential.confirmedAt) throw new AppException('AUTH.TOTP_ALREADY_ENROLLED');
    const now = this.clock.now();
    const step = matchTotp(this.pii.decryptSecret(credential.secretEncrypted), code.trim(), now, credential.lastUsedStep);
    if (step === null) throw new AppException('AUTH.TOTP_INVALID');
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.tx.run(async () => {
      await this.credentials.confirm(user.id, step, recoveryCodes.map(hashRecoveryCode), now);
      if (user.session?.stage === 'totp-enrollment') await this.sessions.completeTotpEnrollment(user.session.id);
      await this.audit.record({ actorUserId: user.id, action: 'auth.totp_enrolled', entityType: 'user', entityId: user.id, countyCode: user.countyCode });
    });
    return { recoveryCodes };
  }

  /** When the account's console login is locked until, if it is now. */
  async lockedUntil(userId: number): Promise<Date | null> {
    const credential = await this.credentials.findByUser(userId);
    return credential?.lockedUntil && credential.lockedUntil > this.clock.now() ? credential.lockedUntil : null;
  }

  /** A 6-digit code not used before, or one of the recovery codes (then used up). */
  async check(userId: number, input: string): Promise<TotpCheck> {
    const credential = await this.credentials.findByUser(userId);
    if (!credential?.confirmedAt) return 'not-enrolled';
    const code = input.trim();
    if (/^\d{6}$/.test(code)) {
      const step = matchTotp(this.pii.decryptSecret(credential.secretEncrypted), code, this.clock.now(), credential.lastUsedStep);
      return step !== null && (await this.credentials.acceptStep(userId, step)) ? 'accepted' : 'wrong';
    }
    const hashes = credential.recoveryCodeHashes ?? [];
    const hash = hashRecoveryCode(code);
    if (!hashes.includes(hash)) return 'wrong';
    const used = await this.credentials.useRecoveryCode(
      userId,
      hashes,
      hashes.filter((h) => h !== hash),
    );
    if (used)
      await this.audit.record({
        actorUserId: userId,
        action: 'auth.recovery_code_used',
        entityType: 'user',
        entityId: userId,
        data: { left: hashes.length - 1 },
      });
    return used ? 'accepted' : 'wrong';
  }

  /** Counts a wrong code; answers whether it was the one that locks (the count starts again after the lock). */
  async countFailure(userId: number, maxFailed: number, lockMinutes: number): Promise<{ locked: boolean; failures: number }> {
    const failures = await this.credentials.countFailure(userId);
    if (failures < maxFailed) return { locked: false, failures };
    await this.credentials.lock(userId, new Date(this.clock.now().getTime() + lockMinutes * 60_000));
    return { locked: true, failures };
  }
}
