import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, LessThan, Like } from 'typeorm';
import type { EmployerStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Employer } from './employer.entity';

@Injectable()
export class EmployerRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get employers() {
    return this.tx.repository(Employer);
  }

  findByUser(userId: number): Promise<Employer | null> {
    return this.employers.findOne({ where: { userId } });
  }

  findById(id: number): Promise<Employer | null> {
    return this.employers.findOne({ where: { id } });
  }

  findByIds(ids: number[]): Promise<Employer[]> {
    return ids.length ? this.employers.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }

  existsById(id: number): Promise<boolean> {
    return this.employers.existsBy({ id });
  }

  newEmployer(userId: number): Employer {
    return this.employers.create({ userId });
  }

  save(employer: Employer): Promise<Employer> {
    return this.employers.save(employer);
  }

  /** Changes the status only if it is still `from`: two operators acting at once cannot both succeed. */
  async changeStatusIf(id: number, from: EmployerStatus, changes: Partial<Employer>): Promise<boolean> {
    return !!(await this.employers.update({ id, status: from }, changes)).affected;
  }

  /** A page of employers, newest first, `limit + 1` rows (see pageById). */
  /** A page of employers, newest first; `q` matches part of the name or of the credit code. */
  findPage(filter: { countyCode?: string; status?: EmployerStatus; q?: string; beforeId?: number }, limit: number): Promise<Employer[]> {
    const where: FindOptionsWhere<Employer> = {};
    if (filter.countyCode) where.countyCode = filter.countyCode;
    if (filter.status) where.status = filter.status;
    if (filter.beforeId !== undefined) where.id = LessThan(filter.beforeId);
    // LIKE's wildcards are dropped rather than escaped: SQLite has no default escape character.
    const q = filter.q?.replace(/[%_\\]/g, '').trim();
    if (!q) return this.employers.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const pattern = `%${q}%`;
    return this.employers.find({
      where: [
        { ...where, name: Like(pattern) },
        { ...where, creditCode: Like(pattern.toUpperCase()) },
      ],
      order: { id: 'DESC' },
      take: limit + 1,
    });
  }

  async findNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.employers.find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(rows.map((e) => [e.id, e.name]));
  }

  async findSuspendedIds(): Promise<number[]> {
    const rows = await this.employers.find({ where: { status: 'suspended' }, select: { id: true } });
    return rows.map((e) => e.id);
  }
}
