import { Injectable } from '@nestjs/common';
import { latCellOf, latCellsBetween } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { WorkerTrade } from './worker-trade.entity';

/** The candidates search index: one row per worker and trade, with the worker's location copied in. */
@Injectable()
export class WorkerTradeRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get rows() {
    return this.tx.repository(WorkerTrade);
  }

  /**
   * Keeps the index in step with the worker. Rows are touched by their full key only: a DELETE by
   * worker id would take gap locks and deadlock simultaneous registrations on MariaDB.
   */
  async sync(worker: { id: number; lat: number | null; lng: number | null; trades: string[] }, previousTrades: string[]): Promise<void> {
    const location = { lat: worker.lat, lng: worker.lng, latCell: worker.lat === null ? null : latCellOf(worker.lat) };
    for (const tradeCode of previousTrades) {
      if (worker.trades.includes(tradeCode)) await this.rows.update({ workerId: worker.id, tradeCode }, location);
      else await this.rows.delete({ workerId: worker.id, tradeCode });
    }
    const added = worker.trades.filter((tradeCode) => !previousTrades.includes(tradeCode));
    if (added.length) await this.rows.insert(added.map((tradeCode) => ({ workerId: worker.id, tradeCode, ...location })));
  }

  async removeAll(workerId: number, trades: string[]): Promise<void> {
    for (const tradeCode of trades) await this.rows.delete({ workerId, tradeCode });
  }

  /** Worker ids with one of `trades` inside the box, read from IDX_worker_trade_cell (latitude bands, a longitude range in each). */
  async findWorkerIdsInBox(trades: string[], box: { minLat: number; maxLat: number; minLng: number; maxLng: number }): Promise<number[]> {
    const rows = await this.rows
      .createQueryBuilder('wt')
      .select('DISTINCT wt.workerId', 'workerId')
      .where('wt.tradeCode IN (:...trades)', { trades })
      .andWhere('wt.latCell IN (:...cells)', { cells: latCellsBetween(box.minLat, box.maxLat) })
      .andWhere('wt.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('wt.lng BETWEEN :minLng AND :maxLng', box)
      .getRawMany<{ workerId: number }>();
    return rows.map((r) => Number(r.workerId));
  }
}
