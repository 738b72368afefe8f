import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { Worker } from './worker.entity';

/** Who a complainant is on the platform, as a case records it at intake. */
export interface ComplainantIdentity {
  /** The worker record of the account, if it registered as a worker (also after anonymisation). */
  workerId: number | null;
  /** The real name, unless the worker was anonymised or gave none. */
  realName: string | null;
  phone: string | null;
}

/** The complaints module's view of a worker: the name and phone a case keeps for the named complainant. */
@Injectable()
export class ComplainantIdentityService {
  constructor(private readonly tx: TransactionHost) {}

  async of(userId: number): Promise<ComplainantIdentity> {
    const worker = await this.tx.repository(Worker).findOne({ where: { userId } });
    if (!worker) return { workerId: null, realName: null, phone: null };
    const realName = !worker.anonymisedAt && worker.realName.trim() ? worker.realName.trim() : null;
    return { workerId: worker.id, realName, phone: worker.phone };
  }
}
