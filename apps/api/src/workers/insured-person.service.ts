import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { PiiService } from '../pii/pii.service';
import { Worker } from './worker.entity';

/** What decides which products a worker may take and whose rules apply: no name, no ID number. */
export interface InsurableWorker {
  workerId: number;
  userId: number;
  countyCode: string;
  trades: string[];
  birthDate: string | null;
}

/** The insured person as the insurer must be told: the clear ID number, decrypted with the access logged. */
export interface InsuredPerson {
  name: string;
  idType: 'resident_id';
  idNumber: string;
  birthDate: string;
  gender: 'male' | 'female';
  phone: string;
}

/** The holder printed on an insurance certificate: the name and the masked ID number only. */
export interface CertificateHolder {
  name: string;
  idMasked: string;
}

function toInsurable(w: Worker): InsurableWorker {
  return { workerId: w.id, userId: w.userId, countyCode: w.countyCode, trades: w.trades, birthDate: w.birthDate };
}

/** The insurance module's view of a worker, by purpose; the ID number leaves only for the insurer. */
@Injectable()
export class InsuredPersonService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly pii: PiiService,
  ) {}

  /** The account's worker record, unless it was anonymised. */
  async insurableOfUser(userId: number): Promise<InsurableWorker | null> {
    const worker = await this.tx.repository(Worker).findOne({ where: { userId, anonymisedAt: IsNull() } });
    return worker ? toInsurable(worker) : null;
  }

  /** The worker record, unless it was anonymised. */
  async insurable(workerId: number): Promise<InsurableWorker | null> {
    const worker = await this.tx.repository(Worker).findOne({ where: { id: workerId, anonymisedAt: IsNull() } });
    return worker ? toInsurable(worker) : null;
  }

  /**
   * The insured person for a policy request, or null when the worker can no longer be insured (the
   * account was closed and its ID number, birth date or gender removed). Every call logs the
   * decryption (who, whose, why) in the PII access log.
   */
  async forInsurer(workerId: number, actorUserId: number | null, purpose: string): Promise<InsuredPerson | null> {
    const worker = await this.tx.repository(Worker).findOneByOrFail({ id: workerId });
    if (!worker.idCipher || !worker.birthDate || !worker.gender) return null;
    const idNumber = await this.pii.decrypt(worker.idCipher, { actorUserId, subjectUserId: worker.userId, purpose });
    return { name: worker.realName, idType: 'resident_id', idNumber, birthDate: worker.birthDate, gender: worker.gender, phone: worker.phone ?? '' };
  }

  async certificateHolder(workerId: number): Promise<CertificateHolder> {
    const worker = await this.tx.repository(Worker).findOneByOrFail({ id: workerId });
    return { name: worker.realName, idMasked: worker.idMasked ?? '' };
  }
}
