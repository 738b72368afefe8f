import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { coordinateColumn } from '../database/columns';

/**
 * One row per worker and trade, with the worker's location copied in, so the candidates query finds
 * "masons near this site" on one index (trade, latCell, lng) instead of reading every worker in the box.
 * Written with the worker in WorkersService; emptied when the worker deletes the account.
 */
@Entity('worker_trade')
// With lat (and the key's workerId) inside, the candidates search reads the index only.
@Index('IDX_worker_trade_cell', ['tradeCode', 'latCell', 'lng', 'lat'])
export class WorkerTrade {
  @PrimaryColumn({ type: 'int' })
  workerId: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  tradeCode: string;

  @Column(coordinateColumn({ nullable: true }))
  lat: number | null;

  @Column(coordinateColumn({ nullable: true }))
  lng: number | null;

  /** `latCellOf(lat)` of @lingong/shared: candidates enumerate the bands of their box. */
  @Column({ type: 'int', nullable: true })
  latCell: number | null;
}
