import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { User } from './user.entity';

/** The phone number bound to an account, for a case's contact when the worker record has none. */
@Injectable()
export class UserContactService {
  constructor(private readonly tx: TransactionHost) {}

  async phoneOf(userId: number): Promise<string | null> {
    const user = await this.tx.repository(User).findOne({ where: { id: userId }, select: { id: true, phone: true } });
    return user?.phone ?? null;
  }
}
