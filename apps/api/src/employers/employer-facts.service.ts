import { Injectable } from '@nestjs/common';
import type { EmployerStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Employer } from './employer.entity';

/** An employer named as a complaint's respondent: where the case belongs and whom it names. */
export interface EmployerAsRespondent {
  id: number;
  name: string;
  address: string;
  contactName: string;
  countyCode: string;
}

/** An employer account as insurance sees it: whether it may enroll the workers it hired. */
export interface EmployerAccount {
  id: number;
  userId: number;
  status: EmployerStatus;
}

/** The employer as the policyholder the insurer is told about. */
export interface EmployerAsPolicyholder {
  name: string;
  creditCode: string | null;
  phone: string;
}

/** The plain facts of employers that complaints and insurance ask about, never the record itself. */
@Injectable()
export class EmployerFactsService {
  constructor(private readonly tx: TransactionHost) {}

  private find(where: { id: number } | { userId: number }): Promise<Employer | null> {
    return this.tx.repository(Employer).findOne({ where });
  }

  async asRespondent(employerId: number): Promise<EmployerAsRespondent | null> {
    const e = await this.find({ id: employerId });
    return e ? { id: e.id, name: e.name, address: e.address, contactName: e.contactName, countyCode: e.countyCode } : null;
  }

  async accountOfUser(userId: number): Promise<EmployerAccount | null> {
    const e = await this.find({ userId });
    return e ? { id: e.id, userId: e.userId, status: e.status } : null;
  }

  async account(employerId: number): Promise<EmployerAccount | null> {
    const e = await this.find({ id: employerId });
    return e ? { id: e.id, userId: e.userId, status: e.status } : null;
  }

  async asPolicyholder(employerId: number): Promise<EmployerAsPolicyholder> {
    const e = await this.tx.repository(Employer).findOneByOrFail({ id: employerId });
    return { name: e.name, creditCode: e.creditCode, phone: e.phone };
  }
}
