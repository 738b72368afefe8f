import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, LessThan } from 'typeorm';
import type { ApplicationKind, ApplicationStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Application } from './application.entity';

@Injectable()
export class ApplicationRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get applications() {
    return this.tx.repository(Application);
  }

  add(init: Pick<Application, 'postingId' | 'workerId' | 'employerId' | 'kind'>): Promise<Application> {
    return this.applications.save(this.applications.create({ ...init, status: 'pending', cancelReason: null, hireId: null, decidedAt: null }));
  }

  findById(id: number): Promise<Application | null> {
    return this.applications.findOneBy({ id });
  }

  findOfKind(id: number, kind: ApplicationKind): Promise<Application | null> {
    return this.applications.findOne({ where: { id, kind } });
  }

  /** Moves the application on only while it is still `from`; false when someone else moved it first. */
  async changeStatusIf(id: number, from: ApplicationStatus, changes: Partial<Application>): Promise<boolean> {
    return !!(await this.applications.update({ id, status: from }, changes)).affected;
  }

  async setHire(id: number, hireId: number): Promise<void> {
    await this.applications.update({ id }, { hireId });
  }

  findPage(filter: { postingId?: number; workerId?: number; beforeId?: number }, limit: number): Promise<Application[]> {
    const where: FindOptionsWhere<Application> = {};
    if (filter.postingId !== undefined) where.postingId = filter.postingId;
    if (filter.workerId !== undefined) where.workerId = filter.workerId;
    if (filter.beforeId !== undefined) where.id = LessThan(filter.beforeId);
    return this.applications.find({ where, order: { id: 'DESC' }, take: limit + 1 });
  }

  findForPostingAndWorkers(postingId: number, workerIds: number[]): Promise<Application[]> {
    return workerIds.length ? this.applications.find({ where: { postingId, workerId: In(workerIds) } }) : Promise.resolve([]);
  }
}
