import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { TransactionHost } from '../database/transaction';
import { UserAccess } from './users.types';

/** How long this process trusts what it read; changes made through this process end it at once. */
export const USER_ACCESS_TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

/**
 * The auth guard's per-request look-up (an open account's roles and county), remembered a few seconds.
 * Every change of an account through UsersService or StaffAccountsService calls `invalidate`, once at
 * once and once after its transaction commits, so a closed account or a removed role is refused on the
 * next request. A read in flight is shared by the requests that wait for it and dropped by `invalidate`,
 * so an answer read before a change is never kept after it. Only open accounts are remembered.
 */
@Injectable()
export class UserAccessCache {
  private readonly entries = new Map<number, { value: Promise<UserAccess | null>; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly tx: TransactionHost,
  ) {}

  get(userId: number, load: () => Promise<UserAccess | null>): Promise<UserAccess | null> {
    const now = this.clock.now().getTime();
    const hit = this.entries.get(userId);
    if (hit && hit.expiresAt > now) return hit.value;
    const value = load();
    const entry = { value, expiresAt: now + USER_ACCESS_TTL_MS };
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as number);
    value.then(
      (access) => {
        if (!access && this.entries.get(userId) === entry) this.entries.delete(userId);
      },
      () => {
        if (this.entries.get(userId) === entry) this.entries.delete(userId);
      },
    );
    return value;
  }

  /** Forgets the account now and again when the open transaction (if any) commits. */
  invalidate(userId: number): void {
    this.entries.delete(userId);
    this.tx.afterCommit(() => this.entries.delete(userId));
  }
}
