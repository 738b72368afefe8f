import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Role } from '@lingong/shared';
import { isUniqueViolation } from '../database/errors';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findActiveById(id: number): Promise<User | null> {
    return this.users.findOne({ where: { id, closedAt: IsNull() } });
  }

  /** Finds the account of a WeChat openid, creating it on first login (safe under concurrent logins). */
  async findOrCreateByOpenid(openid: string, init: Partial<User> = {}): Promise<User> {
    const existing = await this.users.findOne({ where: { openid } });
    if (existing) return existing;
    try {
      return await this.users.save(this.users.create({ openid, roles: [], unionid: null, countyCode: null, ...init }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.users.findOneOrFail({ where: { openid } });
    }
  }

  async recordLogin(user: User, changes: Partial<User> = {}): Promise<User> {
    Object.assign(user, changes, { lastLoginAt: new Date() });
    return this.users.save(user);
  }

  /** Grants a role (registering as a worker grants `worker`), inside the caller's transaction. */
  async grantRole(manager: EntityManager, userId: number, role: Role): Promise<void> {
    const repo = manager.getRepository(User);
    const user = await repo.findOneByOrFail({ id: userId });
    if (!user.roles.includes(role)) {
      user.roles = [...user.roles, role];
      await repo.save(user);
    }
  }

  async setPhone(userId: number, phone: string): Promise<void> {
    await this.users.update({ id: userId }, { phone, phoneVerifiedAt: new Date() });
  }
}
