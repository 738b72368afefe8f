import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, IsNull, LessThan } from 'typeorm';
import type { PaymentStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Hire } from './hire.entity';

@Injectable()
export class HireRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get hires() {
    return this.tx.repository(Hire);
  }

  add(init: Partial<Hire>): Promise<Hire> {
    return this.hires.save(this.hires.create(init));
  }

  async setAgreementText(id: number, agreementText: string): Promise<void> {
    await this.hires.update({ id }, { agreementText });
  }

  findById(id: number): Promise<Hire | null> {
    return this.hires.findOne({ where: { id } });
  }

  findByApplication(applicationId: number): Promise<Hire | null> {
    return this.hires.findOneBy({ applicationId });
  }

  /** A page of one party's hires, newest first, `limit + 1` rows. */
  findPageOfParty(side: 'worker' | 'employer', partyId: number, beforeId: number | undefined, limit: number): Promise<Hire[]> {
    const where: FindOptionsWhere<Hire> = side === 'worker' ? { workerId: partyId } : { employerId: partyId };
    if (beforeId !== undefined) where.id = LessThan(beforeId);
    return this.hires.find({ where, order: { id: 'DESC' }, take: limit + 1 });
  }

  /** Stamps one side's confirmation once; false when that side had already confirmed. */
  async confirmSide(id: number, column: 'workerConfirmedAt' | 'employerConfirmedAt', at: Date): Promise<boolean> {
    const result = await this.hires
      .createQueryBuilder()
      .update(Hire)
      .set({ [column]: at })
      .where('id = :id', { id })
      .andWhere(`${column} IS NULL`)
      .execute();
    return !!result.affected;
  }

  async setAgreementHash(id: number, agreementHash: string): Promise<void> {
    await this.hires.update({ id }, { agreementHash });
  }

  async reportPaymentIfPending(id: number, paymentStatus: PaymentStatus, at: Date): Promise<boolean> {
    return !!(await this.hires.update({ id, paymentStatus: 'pending' }, { paymentStatus, paymentReportedAt: at })).affected;
  }

  async completeIfOpen(id: number, at: Date): Promise<boolean> {
    return !!(await this.hires.update({ id, completedAt: IsNull() }, { completedAt: at })).affected;
  }

  async markNoShow(id: number): Promise<void> {
    await this.hires.update({ id }, { noShow: true });
  }

  async cancelIfActive(id: number, at: Date, byUserId: number, reason: string | null): Promise<void> {
    await this.hires.update({ id, cancelledAt: IsNull() }, { cancelledAt: at, cancelledBy: byUserId, cancelReason: reason });
  }

  /** Whether the worker has a hire, not cancelled, overlapping these dates. */
  existsOverlapping(workerId: number, start: string, end: string): Promise<boolean> {
    return this.hires
      .createQueryBuilder('h')
      .where('h.workerId = :workerId', { workerId })
      .andWhere('h.startDate <= :end AND h.endDate >= :start', { start, end })
      .andWhere('h.cancelledAt IS NULL')
      .getExists();
  }

  /** Of these workers, those hired (not cancelled) on dates overlapping these. */
  async findBusyWorkerIds(ids: number[], start: string, end: string): Promise<number[]> {
    if (!ids.length) return [];
    const rows = await this.hires
      .createQueryBuilder('h')
      .select('DISTINCT h.workerId', 'workerId')
      .where('h.workerId IN (:...ids)', { ids })
      .andWhere('h.startDate <= :end AND h.endDate >= :start', { start, end })
      .andWhere('h.cancelledAt IS NULL')
      .getRawMany<{ workerId: number }>();
    return rows.map((r) => Number(r.workerId));
  }

  countActiveOf(side: 'worker' | 'employer', partyId: number): Promise<number> {
    return this.hires.count({ where: { [side === 'worker' ? 'workerId' : 'employerId']: partyId, cancelledAt: IsNull() } });
  }

  countNoShowsOf(workerId: number): Promise<number> {
    return this.hires.count({ where: { workerId, noShow: true } });
  }

  countUnpaidOf(employerId: number): Promise<number> {
    return this.hires.count({ where: { employerId, paymentStatus: 'unpaid' } });
  }

  findByIds(ids: number[]): Promise<Hire[]> {
    return ids.length ? this.hires.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }
}
