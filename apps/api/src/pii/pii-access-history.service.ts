import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { PiiAccessLog } from './pii-access-log.entity';

/** One decryption of a person's ID number, as the person's data export shows it. */
export interface PiiAccessEntry {
  at: Date;
  purpose: string;
  actorUserId: number | null;
}

/** The access log read back for the person it is about (PIPL Art 45 export). */
@Injectable()
export class PiiAccessHistoryService {
  constructor(private readonly tx: TransactionHost) {}

  async forSubject(subjectUserId: number): Promise<PiiAccessEntry[]> {
    const rows = await this.tx.repository(PiiAccessLog).find({ where: { subjectUserId }, order: { id: 'ASC' } });
    return rows.map((r) => ({ at: r.at, purpose: r.purpose, actorUserId: r.actorUserId }));
  }
}
