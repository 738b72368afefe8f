import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { TotpCredential } from './totp-credential.entity';

@Injectable()
export class TotpCredentialRepository {
  constructor(private readonly tx: TransactionHost) {}

  findByUser(userId: number): Promise<TotpCredential | null> {
    return this.tx.repository(TotpCredential).findOneBy({ userId });
  }

  /** A new, unconfirmed secret replaces an unconfirmed one; the lock's count and time stay. */
  async saveUnconfirmed(userId: number, secretEncrypted: string): Promise<void> {
    const repo = this.tx.repository(TotpCredential);
    const existing = await repo.findOneBy({ userId });
    if (existing) await repo.update({ userId }, { secretEncrypted, confirmedAt: null, lastUsedStep: 0, recoveryCodeHashes: null });
    else await repo.insert({ userId, secretEncrypted, confirmedAt: null, lastUsedStep: 0, recoveryCodeHashes: null, failedAttempts: 0, lockedUntil: null });
  }

  async confirm(userId: number, step: number, recoveryCodeHashes: string[], at: Date): Promise<void> {
    await this.tx.repository(TotpCredential).update({ userId }, { confirmedAt: at, lastUsedStep: step, recoveryCodeHashes, failedAttempts: 0 });
  }

  /** Records a code accepted for `step`, if no other request took that step or a later one first. */
  async acceptStep(userId: number, step: number): Promise<boolean> {
    const result = await this.tx
      .repository(TotpCredential)
      .createQueryBuilder()
      .update(TotpCredential)
      .set({ lastUsedStep: step, failedAttempts: 0 })
      .where('userId = :userId AND lastUsedStep < :step', { userId, step })
      .execute();
    return !!result.affected;
  }

  /** Removes one recovery code, if it is still there (conditional on the list just read). */
  async useRecoveryCode(userId: number, before: string[], after: string[]): Promise<boolean> {
    const result = await this.tx
      .repository(TotpCredential)
      .createQueryBuilder()
      .update(TotpCredential)
      .set({ recoveryCodeHashes: after, failedAttempts: 0 })
      .where('userId = :userId AND recoveryCodeHashes = :before', { userId, before: JSON.stringify(before) })
      .execute();
    return !!result.affected;
  }

  /** Counts a wrong code and answers the count in a row. */
  async countFailure(userId: number): Promise<number> {
    const repo = this.tx.repository(TotpCredential);
    await repo.increment({ userId }, 'failedAttempts', 1);
    return (await repo.findOneByOrFail({ userId })).failedAttempts;
  }

  async lock(userId: number, until: Date): Promise<void> {
    await this.tx.repository(TotpCredential).update({ userId }, { lockedUntil: until, failedAttempts: 0 });
  }
}
