import { Injectable } from '@nestjs/common';
import type { Role } from '@lingong/shared';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { User } from './user.entity';
import { UserAccessCache } from './user-access.cache';
import { UserRepository } from './user.repository';
import { UserAccess, UserAccount, WechatRecipient } from './users.types';

function toAccount(user: User): UserAccount {
  const { id, roles, countyCode, phone, phoneVerifiedAt, lastLoginAt, closedAt, createdAt } = user;
  return { id, roles, countyCode, phone, phoneVerifiedAt, lastLoginAt, closedAt, createdAt };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly tx: TransactionHost,
    private readonly access: UserAccessCache,
  ) {}

  /** An open account's roles and county (the auth guard, every request), remembered briefly: see UserAccessCache. */
  accessOf(id: number): Promise<UserAccess | null> {
    return this.access.get(id, () => this.users.findAccessById(id));
  }

  async findActiveById(id: number): Promise<UserAccount | null> {
    const user = await this.users.findActiveById(id);
    return user && toAccount(user);
  }

  /** The account, open or closed (a worker's data export). */
  async requireById(id: number): Promise<UserAccount> {
    const user = await this.users.findById(id);
    if (!user) throw new Error(`user ${id} not found`);
    return toAccount(user);
  }

  /** Finds the account of a WeChat openid, creating it on first login (safe under concurrent logins). */
  async findOrCreateByOpenid(openid: string, init: { unionid?: string | null } = {}): Promise<UserAccount> {
    const existing = await this.users.findByOpenid(openid);
    if (existing) return toAccount(existing);
    try {
      return toAccount(await this.users.create(openid, init));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return toAccount((await this.users.findByOpenid(openid)) as User);
    }
  }

  /** Stamps the login, with the roles or county a dev login grants and the unionid WeChat sent. */
  async recordLogin(userId: number, changes: { roles?: Role[]; countyCode?: string | null; unionid?: string | null } = {}): Promise<UserAccount> {
    const user = (await this.users.findById(userId)) as User;
    Object.assign(user, changes, { lastLoginAt: new Date() });
    const saved = toAccount(await this.users.save(user));
    this.access.invalidate(userId);
    return saved;
  }

  /** Grants a role (registering as a worker grants `worker`), inside the caller's transaction when one is open. */
  grantRole(userId: number, role: Role): Promise<void> {
    return this.tx.run(async () => {
      await this.users.addRole(userId, role);
      this.access.invalidate(userId);
    });
  }

  async setPhone(userId: number, phone: string): Promise<void> {
    await this.users.setPhone(userId, phone, new Date());
  }

  /** Closes the login (a worker deleting the account), inside the caller's transaction when one is open. */
  closeAccount(userId: number, at: Date): Promise<void> {
    return this.tx.run(async () => {
      await this.users.close(userId, at);
      this.access.invalidate(userId);
    });
  }

  /** The recipient of WeChat subscribe messages, by user id (unknown ids are absent). */
  async wechatRecipients(userIds: number[]): Promise<Map<number, WechatRecipient>> {
    const rows = await this.users.findByIds([...new Set(userIds)]);
    return new Map(rows.map((u) => [u.id, { openid: u.openid, closed: u.closedAt !== null }]));
  }
}
