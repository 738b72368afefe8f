import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { Rating } from './rating.entity';

@Injectable()
export class RatingRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get ratings() {
    return this.tx.repository(Rating);
  }

  add(init: Pick<Rating, 'hireId' | 'fromSide' | 'subjectType' | 'subjectId' | 'score' | 'tags'>): Promise<Rating> {
    return this.ratings.save(this.ratings.create(init));
  }

  findByHire(hireId: number): Promise<Rating[]> {
    return this.ratings.findBy({ hireId });
  }

  async averageOf(subjectType: 'worker' | 'employer', subjectId: number): Promise<{ average: number | null; count: number }> {
    const [row] = await this.ratings
      .createQueryBuilder('r')
      .select('AVG(r.score)', 'average')
      .addSelect('COUNT(*)', 'count')
      .where('r.subjectType = :subjectType AND r.subjectId = :subjectId', { subjectType, subjectId })
      .getRawMany<{ average: string | number | null; count: string | number }>();
    return { average: row?.average === null || row?.average === undefined ? null : Number(row.average), count: Number(row?.count ?? 0) };
  }

  /** Average and count of the ratings workers received, for those rated at all. */
  async averagesOfWorkers(ids: number[]): Promise<Map<number, { average: number; count: number }>> {
    if (!ids.length) return new Map();
    const rows = await this.ratings
      .createQueryBuilder('r')
      .select('r.subjectId', 'workerId')
      .addSelect('AVG(r.score)', 'average')
      .addSelect('COUNT(*)', 'count')
      .where("r.subjectType = 'worker' AND r.subjectId IN (:...ids)", { ids })
      .groupBy('r.subjectId')
      .getRawMany<{ workerId: number; average: string | number; count: string | number }>();
    return new Map(rows.map((r) => [Number(r.workerId), { average: Number(r.average), count: Number(r.count) }]));
  }
}
