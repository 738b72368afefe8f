import { Injectable } from '@nestjs/common';
import {
  isPlausibleChinaPoint,
  isRegionCode,
  isTradeCode,
  maskMobile,
  maskResidentId,
  MIN_WORKING_AGE,
  normalizeMobile,
  PII_CONSENT_VERSION,
  shanghaiDate,
  ageOn,
  validateResidentId,
  workerDisplayName,
  WorkerProfile,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app-exception';
import { isUniqueViolation, isUniqueViolationOf } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { PiiService } from '../pii/pii.service';
import { UsersService } from '../users/users.service';
import { ConsentRecordRepository } from './consent-record.repository';
import { UpsertWorkerDto } from './dto/upsert-worker.dto';
import { toWorkerProfile } from './worker.mapper';
import { Worker } from './worker.entity';
import { WorkerRepository } from './worker.repository';
import { WorkerTradeRepository } from './worker-trade.repository';
import { ActiveWorker, AgreementWorker, WorkerAttendee, WorkerContact, WorkerContactCard, WorkerPlace } from './workers.types';

export const PII_CONSENT_SCOPE = 'pii.id_number_location';

/** What a registration says once validated: the ID number's facts and the normalised phone. */
interface CheckedRegistration {
  idNumber: string;
  birthDate: string;
  gender: 'male' | 'female';
  phone: string;
}

@Injectable()
export class WorkersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly workers: WorkerRepository,
    private readonly workerTrades: WorkerTradeRepository,
    private readonly consents: ConsentRecordRepository,
    private readonly pii: PiiService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async getMine(userId: number): Promise<WorkerProfile> {
    return toWorkerProfile(await this.requireByUser(userId));
  }

  private async requireByUser(userId: number): Promise<Worker> {
    const worker = await this.workers.findActiveByUser(userId);
    if (!worker) throw new AppException('WORKER.NOT_REGISTERED');
    return worker;
  }

  /** Registers the caller as a worker, or updates the registration; grants the `worker` role. */
  async upsertMine(userId: number, dto: UpsertWorkerDto, retried = false): Promise<{ profile: WorkerProfile; created: boolean }> {
    const today = shanghaiDate();
    const checked = this.checkRegistration(dto, today);
    const idHash = this.pii.lookupHash(checked.idNumber);
    const existing = await this.workers.findActiveByUser(userId);
    if (existing && existing.idHash !== idHash) throw new AppException('WORKER.ID_NUMBER_LOCKED');
    const user = await this.users.findActiveById(userId);
    try {
      const saved = await this.tx.run(() => this.saveRegistration(userId, dto, checked, idHash, existing, user?.phone === checked.phone));
      return { profile: toWorkerProfile(saved, today), created: !existing };
    } catch (error) {
      // The same account submitting twice at once: the second becomes an update of the first.
      if (!retried && isUniqueViolationOf(error, { name: 'UQ_worker_user', table: 'worker', column: 'userId' })) return this.upsertMine(userId, dto, true);
      // Two accounts racing to register the same person: the unique index on the hash decides.
      if (isUniqueViolation(error)) throw new AppException('WORKER.ID_NUMBER_TAKEN');
      throw error;
    }
  }

  /** Refuses a registration with the first thing the worker can fix. */
  private checkRegistration(dto: UpsertWorkerDto, today: string): CheckedRegistration {
    if (!dto.consent || dto.consent.agreed !== true) throw new AppException('WORKER.CONSENT_REQUIRED');
    if (dto.consent.version !== PII_CONSENT_VERSION) throw new AppException('WORKER.CONSENT_OUTDATED');
    const id = validateResidentId(dto.idNumber, today);
    if (!id.ok) {
      throw new AppException('WORKER.ID_NUMBER_INVALID', { message: id.message, errors: [{ field: 'idNumber', message: id.message }] });
    }
    if (ageOn(id.birthDate, today) < MIN_WORKING_AGE) throw new AppException('WORKER.UNDER_AGE');
    const phone = normalizeMobile(dto.phone);
    if (!phone) throw new AppException('WORKER.PHONE_INVALID', { errors: [{ field: 'phone', message: '请填写11位手机号' }] });
    const unknownTrades = dto.trades.filter((code) => !isTradeCode(code));
    if (unknownTrades.length) {
      throw new AppException('WORKER.TRADE_UNKNOWN', { errors: unknownTrades.map(() => ({ field: 'trades', message: '工种不在目录里' })) });
    }
    if (!isRegionCode(dto.countyCode)) throw new AppException('WORKER.COUNTY_UNKNOWN', { errors: [{ field: 'countyCode', message: '县（区）代码不正确' }] });
    if (dto.location && !isPlausibleChinaPoint(dto.location)) throw new AppException('WORKER.LOCATION_INVALID');
    return { idNumber: id.value, birthDate: id.birthDate, gender: id.gender, phone };
  }

  /** Inside the registration's transaction: the worker row, its trade index, the consent record, the role and the audit. */
  private async saveRegistration(
    userId: number,
    dto: UpsertWorkerDto,
    checked: CheckedRegistration,
    idHash: string,
    existing: Worker | null,
    phoneVerified: boolean,
  ): Promise<Worker> {
    const now = new Date();
    const previousTrades = existing ? [...existing.trades] : [];
    const worker =
      existing ?? this.workers.newWorker({ userId, idHash, idCipher: this.pii.encrypt(checked.idNumber), idMasked: maskResidentId(checked.idNumber) });
    Object.assign(worker, {
      realName: dto.realName.trim(),
      birthDate: checked.birthDate,
      gender: checked.gender,
      phone: checked.phone,
      phoneVerified,
      trades: dto.trades,
      countyCode: dto.countyCode,
      anonymisedAt: null,
    });
    if (dto.location) Object.assign(worker, { lat: dto.location.lat, lng: dto.location.lng, locationUpdatedAt: now });
    if (!existing || existing.consentVersion !== dto.consent!.version) {
      Object.assign(worker, { consentVersion: dto.consent!.version, consentAt: now });
      await this.consents.add(userId, PII_CONSENT_SCOPE, dto.consent!.version);
    }
    const result = await this.workers.save(worker);
    await this.workerTrades.sync(result, previousTrades);
    await this.users.grantRole(userId, 'worker');
    await this.audit.record({
      actorUserId: userId,
      action: existing ? 'worker.updated' : 'worker.registered',
      entityType: 'worker',
      entityId: result.id,
      countyCode: dto.countyCode,
    });
    return result;
  }

  /** Everything we hold about the caller (PIPL Art 45), with the ID number still masked. */
  async exportMine(userId: number) {
    const user = await this.users.requireById(userId);
    const worker = await this.requireByUser(userId);
    const [consents, accessLog, events] = await Promise.all([this.consents.findByUser(userId), this.pii.accessesOf(userId), this.audit.findByActor(userId)]);
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        roles: user.roles,
        phone: user.phone,
        phoneVerifiedAt: user.phoneVerifiedAt?.toISOString() ?? null,
        createdAt: user.createdAt.toISOString(),
        lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      },
      worker: toWorkerProfile(worker),
      consents: consents.map((c) => ({
        scope: c.scope,
        version: c.version,
        agreedAt: c.agreedAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      })),
      idNumberAccessLog: accessLog.map((a) => ({ at: a.at.toISOString(), purpose: a.purpose, byUserId: a.actorUserId })),
      activity: events.map((e) => ({ at: e.at.toISOString(), action: e.action, entityType: e.entityType, entityId: e.entityId })),
      note: '身份证号码在导出文件中同样只显示前4位和后4位；如需核对完整号码，请携带身份证到市场服务窗口。',
    };
  }

  /**
   * Deletion (PIPL Art 47): personal fields are erased and the login closed. The worker row stays as
   * an anonymous key, because wage and hiring records that point to it must be kept for 3 years
   * (保障农民工工资支付条例).
   */
  async deleteMine(userId: number) {
    const worker = await this.requireByUser(userId);
    const now = new Date();
    await this.tx.run(async () => {
      await this.workers.anonymise(worker.id, now);
      await this.workerTrades.removeAll(worker.id, worker.trades);
      await this.consents.withdrawAll(userId, now);
      await this.users.closeAccount(userId, now);
      await this.audit.record({ actorUserId: userId, action: 'worker.deleted', entityType: 'worker', entityId: worker.id, countyCode: worker.countyCode });
    });
    return {
      deleted: true,
      message: '您的账号已注销：姓名、身份证号码、手机号、位置和工种已删除。依法需要保存的工资和用工记录会保留3年，但不再能识别到您本人。',
    };
  }

  // ---- Read by other modules (plain read models, by purpose) -----------------------------------

  /** The caller's active worker id, or WORKER.NOT_REGISTERED. */
  async requireIdOfUser(userId: number): Promise<number> {
    return (await this.requireByUser(userId)).id;
  }

  /** The worker id of a user, deleted accounts included (their hires and applications stay theirs). */
  async idOfUser(userId: number): Promise<number | undefined> {
    return (await this.workers.findByUser(userId))?.id;
  }

  /** The trades a user registered (none when not a worker): the feed ranks by them. */
  async tradesOfUser(userId: number): Promise<string[]> {
    return (await this.workers.findTradesByUser(userId)) ?? [];
  }

  /** Active workers' ids by user id, in one query for many users (the check-in path batches them). */
  activeIdsOfUsers(userIds: number[]): Promise<{ userId: number; id: number }[]> {
    return this.workers.activeIdsOfUsers(userIds);
  }

  /** An active worker, or undefined (deleted accounts cannot be invited). */
  async findActive(id: number): Promise<ActiveWorker | undefined> {
    const worker = await this.workers.findById(id);
    return worker && !worker.anonymisedAt ? { id: worker.id, userId: worker.userId } : undefined;
  }

  exists(id: number): Promise<boolean> {
    return this.workers.existsById(id);
  }

  async userIdOf(id: number): Promise<number | undefined> {
    return (await this.workers.findById(id))?.userId;
  }

  /** Holds the worker's row until the transaction ends: two hires of one worker at once queue on it. */
  lockForHiring(id: number): Promise<void> {
    return this.workers.lockForUpdate(id);
  }

  /** Active workers with one of `trades` inside the box who have a location: candidates to rank. */
  async placesInBox(trades: string[], box: { minLat: number; maxLat: number; minLng: number; maxLng: number }): Promise<WorkerPlace[]> {
    const ids = await this.workerTrades.findWorkerIdsInBox(trades, box);
    const rows = await this.workers.findPlacesByIds(ids);
    return rows.filter((w) => w.lat !== null && w.lng !== null).map((w) => ({ id: w.id, lat: w.lat as number, lng: w.lng as number, trades: w.trades }));
  }

  /** Names and phones for an employer: full for the workers in `agreed` (they applied or accepted), masked for the rest. */
  async contactCards(ids: number[], agreed: Set<number>): Promise<Map<number, WorkerContactCard>> {
    const rows = await this.workers.findContactsByIds(ids);
    return new Map(
      rows.map((w) => {
        const visible = agreed.has(w.id);
        const name = w.realName ?? '';
        const phone = w.phone ?? '';
        return [w.id, { displayName: visible ? name : workerDisplayName(name), phone: visible ? phone : maskMobile(phone), contactVisible: visible }];
      }),
    );
  }

  /** Who came to a market, for its operators: the phone masked. */
  async attendees(ids: number[]): Promise<Map<number, WorkerAttendee>> {
    const rows = await this.workers.findContactsByIds(ids);
    return new Map(rows.map((w) => [w.id, { realName: w.realName, phoneMasked: w.phone ? maskMobile(w.phone) : null, trades: w.trades }]));
  }

  /** Name and phone of workers a hire's parties deal with. */
  async contactsForHire(ids: number[]): Promise<Map<number, WorkerContact>> {
    const rows = await this.workers.findContactsByIds(ids);
    return new Map(rows.map((w) => [w.id, { userId: w.userId, name: w.realName ?? '', phone: w.phone ?? '' }]));
  }

  /** The worker as the labour agreement names them (the ID number masked). */
  async agreementParty(id: number): Promise<AgreementWorker> {
    const worker = await this.workers.findById(id);
    if (!worker) throw new Error(`worker ${id} not found`);
    return { name: worker.realName, idMasked: worker.idMasked ?? '', phone: worker.phone ?? '' };
  }
}
