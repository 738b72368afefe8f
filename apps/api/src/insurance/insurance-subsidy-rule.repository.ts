import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';

@Injectable()
export class InsuranceSubsidyRuleRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(InsuranceSubsidyRule);
  }

  /** The county's rules (every county's when none), by county then id. */
  listOfCounty(countyCode?: string): Promise<InsuranceSubsidyRule[]> {
    return this.repo.find({ where: countyCode ? { countyCode } : {}, order: { countyCode: 'ASC', id: 'ASC' } });
  }

  activeOfCounty(countyCode: string): Promise<InsuranceSubsidyRule[]> {
    return this.repo.find({ where: { countyCode, active: true }, order: { id: 'ASC' } });
  }

  findById(id: number): Promise<InsuranceSubsidyRule | null> {
    return this.repo.findOne({ where: { id } });
  }

  add(fields: Partial<InsuranceSubsidyRule>): Promise<InsuranceSubsidyRule> {
    return this.repo.save(this.repo.create(fields));
  }

  save(rule: InsuranceSubsidyRule): Promise<InsuranceSubsidyRule> {
    return this.repo.save(rule);
  }
}
