import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { ConsoleLoginTicket } from './console-login-ticket.entity';

@Injectable()
export class ConsoleLoginTicketRepository {
  constructor(private readonly tx: TransactionHost) {}

  async create(ticket: Pick<ConsoleLoginTicket, 'id' | 'expiresAt' | 'ip' | 'userAgent'>): Promise<ConsoleLoginTicket> {
    const repo = this.tx.repository(ConsoleLoginTicket);
    return repo.save(repo.create({ ...ticket, approvedByUserId: null, approvedAt: null, usedAt: null }));
  }

  findById(id: string): Promise<ConsoleLoginTicket | null> {
    return this.tx.repository(ConsoleLoginTicket).findOneBy({ id });
  }

  /** Approves a pending ticket that has not expired; false when someone else was first or it expired. */
  async approve(id: string, userId: number, at: Date): Promise<boolean> {
    const result = await this.tx
      .repository(ConsoleLoginTicket)
      .update({ id, approvedByUserId: IsNull(), usedAt: IsNull(), expiresAt: MoreThan(at) }, { approvedByUserId: userId, approvedAt: at });
    return !!result.affected;
  }

  /** Uses an approved ticket once; false when it was used already. */
  async markUsed(id: string, at: Date): Promise<boolean> {
    const result = await this.tx.repository(ConsoleLoginTicket).update({ id, usedAt: IsNull() }, { usedAt: at });
    return !!result.affected;
  }
}
