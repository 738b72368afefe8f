import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { ConsentRecord } from './consent-record.entity';

@Injectable()
export class ConsentRecordRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get rows() {
    return this.tx.repository(ConsentRecord);
  }

  async add(userId: number, scope: string, version: string): Promise<void> {
    await this.rows.insert({ userId, scope, version, withdrawnAt: null });
  }

  async withdrawAll(userId: number, at: Date): Promise<void> {
    await this.rows.update({ userId, withdrawnAt: IsNull() }, { withdrawnAt: at });
  }

  findByUser(userId: number): Promise<ConsentRecord[]> {
    return this.rows.find({ where: { userId }, order: { id: 'ASC' } });
  }
}
