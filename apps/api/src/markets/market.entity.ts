import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MarketServiceCode, MarketStatus, MarketType } from '@lingong/shared';
import { coordinateColumn, timeColumn } from '../database/columns';

/** A gig market of the register (零工市场摸排), shown on the electronic map. */
@Entity('market')
@Index('IDX_market_location', ['lat', 'lng'])
@Index('IDX_market_county', ['countyCode'])
export class Market {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  type: MarketType;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column(coordinateColumn())
  lat: number;

  @Column(coordinateColumn())
  lng: number;

  @Column({ type: 'varchar', length: 11 })
  openingHours: string;

  @Column({ type: 'simple-json' })
  services: MarketServiceCode[];

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'simple-json' })
  trades: string[];

  @Column({ type: 'varchar', length: 8 })
  status: MarketStatus;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
