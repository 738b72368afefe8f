import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { Role } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { User } from './user.entity';
import { UserAccess } from './users.types';

@Injectable()
export class UserRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get users() {
    return this.tx.repository(User);
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findActiveById(id: number): Promise<User | null> {
    return this.users.findOne({ where: { id, closedAt: IsNull() } });
  }

  /** An open account's roles and county: the guard's look-up, three columns by primary key, no entity. */
  async findAccessById(id: number): Promise<UserAccess | null> {
    const [row] = await this.users
      .createQueryBuilder('u')
      .select(['u.id AS id', 'u.roles AS roles', 'u.countyCode AS countyCode'])
      .where('u.id = :id AND u.closedAt IS NULL', { id })
      .getRawMany<{ id: number | string; roles: string; countyCode: string | null }>();
    return row ? { id: Number(row.id), roles: JSON.parse(row.roles) as Role[], countyCode: row.countyCode } : null;
  }

  findByOpenid(openid: string): Promise<User | null> {
    return this.users.findOne({ where: { openid } });
  }

  findByIds(ids: number[]): Promise<User[]> {
    return ids.length ? this.users.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }

  create(openid: string, init: Partial<User>): Promise<User> {
    return this.users.save(this.users.create({ openid, roles: [], unionid: null, countyCode: null, ...init }));
  }

  save(user: User): Promise<User> {
    return this.users.save(user);
  }

  async addRole(userId: number, role: Role): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!user.roles.includes(role)) {
      user.roles = [...user.roles, role];
      await this.users.save(user);
    }
  }

  async setPhone(userId: number, phone: string, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { phone, phoneVerifiedAt: at });
  }

  /** Closes the login: the openid is released, the phone erased. */
  async close(userId: number, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { openid: `closed:${userId}`, unionid: null, phone: null, phoneVerifiedAt: null, closedAt: at });
  }
}
