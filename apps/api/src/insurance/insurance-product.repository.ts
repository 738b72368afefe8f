import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { InsuranceProduct } from './insurance-product.entity';

@Injectable()
export class InsuranceProductRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(InsuranceProduct);
  }

  listAll(): Promise<InsuranceProduct[]> {
    return this.repo.find({ order: { id: 'ASC' } });
  }

  listOnSale(): Promise<InsuranceProduct[]> {
    return this.repo.find({ where: { active: true }, order: { id: 'ASC' } });
  }

  findById(id: number): Promise<InsuranceProduct | null> {
    return this.repo.findOne({ where: { id } });
  }

  add(fields: Partial<InsuranceProduct>): Promise<InsuranceProduct> {
    return this.repo.save(this.repo.create(fields));
  }

  save(product: InsuranceProduct): Promise<InsuranceProduct> {
    return this.repo.save(product);
  }
}
