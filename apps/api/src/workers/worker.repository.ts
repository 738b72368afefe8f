import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { Worker } from './worker.entity';

const IN_CHUNK = 1000;

/** The `worker` table: the only code that reads a worker's name, ID number or phone. */
@Injectable()
export class WorkerRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get workers() {
    return this.tx.repository(Worker);
  }

  findActiveByUser(userId: number): Promise<Worker | null> {
    return this.workers.findOne({ where: { userId, anonymisedAt: IsNull() } });
  }

  /** The worker row of a user, deleted accounts included (they keep their hires and applications). */
  findByUser(userId: number): Promise<Worker | null> {
    return this.workers.findOneBy({ userId });
  }

  /** Only the trades of a user's worker row (the feed's one read of the worker, no personal columns). */
  async findTradesByUser(userId: number): Promise<string[] | undefined> {
    return (await this.workers.findOne({ where: { userId }, select: { id: true, trades: true } }))?.trades;
  }

  findById(id: number): Promise<Worker | null> {
    return this.workers.findOneBy({ id });
  }

  existsById(id: number): Promise<boolean> {
    return this.workers.existsBy({ id });
  }

  newWorker(init: Partial<Worker>): Worker {
    return this.workers.create(init);
  }

  save(worker: Worker): Promise<Worker> {
    return this.workers.save(worker);
  }

  /** Erases the personal fields; the row stays as an anonymous key for the records that must be kept. */
  async anonymise(id: number, at: Date): Promise<void> {
    await this.workers.update(
      { id },
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
        anonymisedAt: at,
      },
    );
  }

  /** Plain SQL: the check-in's morning-peak path batches these look-ups (see WorkerIdLoader). */
  activeIdsOfUsers(userIds: number[]): Promise<{ userId: number; id: number }[]> {
    return this.workers.query(`SELECT id, userId FROM worker WHERE anonymisedAt IS NULL AND userId IN (${userIds.map(() => '?').join(',')})`, userIds);
  }

  /** Locks the worker row for the rest of the transaction (MariaDB; SQLite serialises writers anyway). */
  async lockForUpdate(id: number): Promise<void> {
    if (this.tx.manager.connection.options.type === 'better-sqlite3') return;
    await this.workers.createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id }).getOne();
  }

  /** Active workers by id, with only where they are and what they do. */
  findPlacesByIds(ids: number[]): Promise<Pick<Worker, 'id' | 'lat' | 'lng' | 'trades'>[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.workers.find({ where: { id: In(ids), anonymisedAt: IsNull() }, select: { id: true, lat: true, lng: true, trades: true } });
  }

  /** Names, phones and trades by id, in chunks (a market's day can name thousands). */
  async findContactsByIds(ids: number[]): Promise<Pick<Worker, 'id' | 'userId' | 'realName' | 'phone' | 'trades'>[]> {
    const unique = [...new Set(ids)];
    const found: Pick<Worker, 'id' | 'userId' | 'realName' | 'phone' | 'trades'>[] = [];
    for (let i = 0; i < unique.length; i += IN_CHUNK) {
      found.push(
        ...(await this.workers.find({
          where: { id: In(unique.slice(i, i + IN_CHUNK)) },
          select: { id: true, userId: true, realName: true, phone: true, trades: true },
        })),
      );
    }
    return found;
  }
}
