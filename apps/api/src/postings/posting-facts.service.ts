import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { Posting } from './posting.entity';

/** Plain facts of postings that other modules ask about (a complaint linking one). */
@Injectable()
export class PostingFactsService {
  constructor(private readonly tx: TransactionHost) {}

  exists(postingId: number): Promise<boolean> {
    return this.tx.repository(Posting).exists({ where: { id: postingId } });
  }
}
