import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import {
  isPlausibleChinaPoint,
  isRegionCode,
  isTradeCode,
  latCellOf,
  maskResidentId,
  MIN_WORKING_AGE,
  normalizeMobile,
  PII_CONSENT_VERSION,
  shanghaiDate,
  ageOn,
  validateResidentId,
  WorkerProfile,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app-exception';
import { isUniqueViolation, isUniqueViolationOf } from '../database/errors';
import { PiiService } from '../pii/pii.service';
import { PiiAccessLog } from '../pii/pii-access-log.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ConsentRecord } from './consent-record.entity';
import { UpsertWorkerDto } from './dto/upsert-worker.dto';
import { toWorkerProfile } from './worker.mapper';
import { Worker } from './worker.entity';
import { WorkerTrade } from './worker-trade.entity';

export const PII_CONSENT_SCOPE = 'pii.id_number_location';

@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    private readonly pii: PiiService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async getMine(userId: number): Promise<WorkerProfile> {
    return toWorkerProfile(await this.requireByUser(userId));
  }

  async requireByUser(userId: number): Promise<Worker> {
    const worker = await this.workers.findOne({ where: { userId, anonymisedAt: IsNull() } });
    if (!worker) throw new AppException('WORKER.NOT_REGISTERED');
    return worker;
  }

  /** Registers the caller as a worker, or updates the registration; grants the `worker` role. */
  async upsertMine(userId: number, dto: UpsertWorkerDto, retried = false): Promise<{ profile: WorkerProfile; created: boolean }> {
    if (!dto.consent || dto.consent.agreed !== true) throw new AppException('WORKER.CONSENT_REQUIRED');
    if (dto.consent.version !== PII_CONSENT_VERSION) throw new AppException('WORKER.CONSENT_OUTDATED');

    const today = shanghaiDate();
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

    const idHash = this.pii.lookupHash(id.value);
    const existing = await this.workers.findOne({ where: { userId, anonymisedAt: IsNull() } });
    if (existing && existing.idHash !== idHash) throw new AppException('WORKER.ID_NUMBER_LOCKED');
    const user = await this.users.findActiveById(userId);
    const now = new Date();
    const previousTrades = existing ? [...existing.trades] : [];

    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(Worker);
        const worker = existing ?? repo.create({ userId, idHash, idCipher: this.pii.encrypt(id.value), idMasked: maskResidentId(id.value) });
        Object.assign(worker, {
          realName: dto.realName.trim(),
          birthDate: id.birthDate,
          gender: id.gender,
          phone,
          phoneVerified: user?.phone === phone,
          trades: dto.trades,
          countyCode: dto.countyCode,
          anonymisedAt: null,
        });
        if (dto.location) Object.assign(worker, { lat: dto.location.lat, lng: dto.location.lng, locationUpdatedAt: now });
        if (!existing || existing.consentVersion !== dto.consent!.version) {
          Object.assign(worker, { consentVersion: dto.consent!.version, consentAt: now });
          await manager.getRepository(ConsentRecord).insert({ userId, scope: PII_CONSENT_SCOPE, version: dto.consent!.version, withdrawnAt: null });
        }
        const result = await repo.save(worker);
        await this.syncTradeIndex(manager, result, previousTrades);
        await this.users.grantRole(manager, userId, 'worker');
        await this.audit.record(
          { actorUserId: userId, action: existing ? 'worker.updated' : 'worker.registered', entityType: 'worker', entityId: result.id, countyCode: dto.countyCode },
          manager,
        );
        return result;
      });
      return { profile: toWorkerProfile(saved, today), created: !existing };
    } catch (error) {
      // The same account submitting twice at once: the second becomes an update of the first.
      if (!retried && isUniqueViolationOf(error, { name: 'UQ_worker_user', table: 'worker', column: 'userId' })) return this.upsertMine(userId, dto, true);
      // Two accounts racing to register the same person: the unique index on the hash decides.
      if (isUniqueViolation(error)) throw new AppException('WORKER.ID_NUMBER_TAKEN');
      throw error;
    }
  }

  /**
   * Keeps worker_trade (the candidates search index) in step. Rows are touched by their full key only:
   * a DELETE by worker id would take gap locks and deadlock simultaneous registrations on MariaDB.
   */
  private async syncTradeIndex(manager: EntityManager, worker: Worker, previousTrades: string[]): Promise<void> {
    const repo = manager.getRepository(WorkerTrade);
    const location = { lat: worker.lat, lng: worker.lng, latCell: worker.lat === null ? null : latCellOf(worker.lat) };
    for (const tradeCode of previousTrades) {
      if (worker.trades.includes(tradeCode)) await repo.update({ workerId: worker.id, tradeCode }, location);
      else await repo.delete({ workerId: worker.id, tradeCode });
    }
    const added = worker.trades.filter((tradeCode) => !previousTrades.includes(tradeCode));
    if (added.length) await repo.insert(added.map((tradeCode) => ({ workerId: worker.id, tradeCode, ...location })));
  }

  /** Everything we hold about the caller (PIPL Art 45), with the ID number still masked. */
  async exportMine(userId: number) {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const worker = await this.requireByUser(userId);
    const [consents, accessLog, events] = await Promise.all([
      this.dataSource.getRepository(ConsentRecord).find({ where: { userId }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(PiiAccessLog).find({ where: { subjectUserId: userId }, order: { id: 'ASC' } }),
      this.audit.findByActor(userId),
    ]);
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
      consents: consents.map((c) => ({ scope: c.scope, version: c.version, agreedAt: c.agreedAt.toISOString(), withdrawnAt: c.withdrawnAt?.toISOString() ?? null })),
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
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Worker).update(
        { id: worker.id },
        {
          realName: '已注销用户',
          idCipher: null,
          idHash: null,
          idMasked: null,
          birthDate: null,
          gender: null,
          phone: null,
          phoneVerified: false,
          trades: [],
          lat: null,
          lng: null,
          locationUpdatedAt: null,
          anonymisedAt: now,
        },
      );
      for (const tradeCode of worker.trades) await manager.getRepository(WorkerTrade).delete({ workerId: worker.id, tradeCode });
      await manager.getRepository(ConsentRecord).update({ userId, withdrawnAt: IsNull() }, { withdrawnAt: now });
      await manager.getRepository(User).update({ id: userId }, { openid: `closed:${userId}`, unionid: null, phone: null, phoneVerifiedAt: null, closedAt: now });
      await this.audit.record({ actorUserId: userId, action: 'worker.deleted', entityType: 'worker', entityId: worker.id, countyCode: worker.countyCode }, manager);
    });
    return {
      deleted: true,
      message: '您的账号已注销：姓名、身份证号码、手机号、位置和工种已删除。依法需要保存的工资和用工记录会保留3年，但不再能识别到您本人。',
    };
  }
}
