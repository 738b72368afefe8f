import { Injectable } from '@nestjs/common';
import {
  boundingBox,
  candidateScore,
  CandidateItem,
  haversineKm,
  ListResponse,
  Posting as PostingView,
  relatedTradeCodes,
  shanghaiDate,
  tradeMatch,
  TradeMatch,
} from '@lingong/shared';
import { ApplicationsService } from '../applications/applications.service';
import { CheckinsService } from '../checkins/checkins.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageByOffset, pageSize } from '../common/pagination';
import { HiresService } from '../hires/hires.service';
import { PostingsService } from '../postings/postings.service';
import { WorkersService } from '../workers/workers.service';
import { WorkerPlace } from '../workers/workers.types';
import { CandidatesQuery } from './dto/matching.dto';

const DEFAULT_CANDIDATE_RADIUS_KM = 10;
/** Markets this close to the site count as "near" for presence. */
const PRESENCE_RADIUS_KM = 15;

interface Fitting {
  worker: WorkerPlace;
  distanceKm: number;
  match: TradeMatch;
}

type Ranked = Fitting & { presentToday: boolean; ratingAverage?: number; ratingCount: number; score: number; matchReasons: string[] };

/** The employer's candidates for a posting: workers who fit, ranked, with contact shown only where agreed. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
    private readonly hires: HiresService,
    private readonly applications: ApplicationsService,
    private readonly checkins: CheckinsService,
  ) {}

  /**
   * Workers who fit the posting, ranked by `candidateScore`: present at a nearby market today first,
   * then trade, distance and rating. Workers already hired on overlapping dates are left out. A
   * worker's full name and phone are shown only once they applied or accepted an invitation.
   */
  async candidates(user: AuthUser, id: number, query: CandidatesQuery): Promise<ListResponse<CandidateItem>> {
    const { posting, employer } = await this.postings.requireOwnByUser(user, id);
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
    const radiusKm = query.radiusKm ?? DEFAULT_CANDIDATE_RADIUS_KM;
    const fitting = await this.fittingNear(posting, radiusKm);
    if (!fitting.length) return { items: [] };
    const ranked = await this.rank(posting, fitting, radiusKm);
    const page = pageByOffset(ranked, decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0, pageSize(query));
    const ids = page.rows.map((c) => c.worker.id);
    const cards = await this.workers.contactCards(ids, await this.applications.workersSharingContact(posting.id, ids));
    return {
      items: page.rows.map((c) => {
        const card = cards.get(c.worker.id) ?? { displayName: '', phone: '', contactVisible: false };
        return {
          workerId: c.worker.id,
          displayName: card.displayName,
          phone: card.phone,
          contactVisible: card.contactVisible,
          trades: c.worker.trades,
          distanceKm: Math.round(c.distanceKm * 100) / 100,
          score: c.score,
          matchReasons: c.matchReasons,
          presentToday: c.presentToday,
          ...(c.ratingAverage !== undefined ? { ratingAverage: Math.round(c.ratingAverage * 10) / 10 } : {}),
          ratingCount: c.ratingCount,
        };
      }),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  /** Workers of a related trade within the radius (the worker_trade index narrows, exact distance decides). */
  private async fittingNear(posting: PostingView, radiusKm: number): Promise<Fitting[]> {
    const places = await this.workers.placesInBox(relatedTradeCodes(posting.trade), boundingBox(posting, radiusKm));
    return places
      .map((worker) => ({ worker, distanceKm: haversineKm(posting, worker), match: tradeMatch(posting.trade, worker.trades) }))
      .filter((c) => c.distanceKm <= radiusKm && c.match !== 'none');
  }

  /** Leaves out the workers already hired on these dates, then scores and sorts the rest. */
  private async rank(posting: PostingView, fitting: Fitting[], radiusKm: number): Promise<Ranked[]> {
    const ids = fitting.map((c) => c.worker.id);
    const [busy, ratings, present] = await Promise.all([
      this.hires.busyWorkerIds(ids, posting.startDate, posting.endDate),
      this.hires.workerRatings(ids),
      this.checkins.workersPresentNear(posting, PRESENCE_RADIUS_KM, shanghaiDate()),
    ]);
    return fitting
      .filter((c) => !busy.has(c.worker.id))
      .map((c) => {
        const presentToday = present.has(c.worker.id);
        const rating = ratings.get(c.worker.id);
        const ratingAverage = rating?.average;
        return {
          ...c,
          presentToday,
          ratingAverage,
          ratingCount: rating?.count ?? 0,
          ...candidateScore({ distanceKm: c.distanceKm, radiusKm, match: c.match, presentToday, ratingAverage }),
        };
      })
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.worker.id - b.worker.id);
  }
}
