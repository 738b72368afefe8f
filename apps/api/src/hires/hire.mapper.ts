import type { Hire as HireView, Rating as RatingView } from '@lingong/shared';
import { Hire } from './hire.entity';
import { Rating } from './rating.entity';

export function toRatingView(rating: Rating): RatingView {
  return { hireId: rating.hireId, fromSide: rating.fromSide, score: rating.score, tags: rating.tags, createdAt: rating.createdAt.toISOString() };
}

export function toHireView(hire: Hire, names: { workerName: string; workerPhone: string; employerName: string }, ratings: Rating[] = []): HireView {
  const byWorker = ratings.find((r) => r.fromSide === 'worker');
  const byEmployer = ratings.find((r) => r.fromSide === 'employer');
  return {
    id: hire.id,
    postingId: hire.postingId,
    workerId: hire.workerId,
    employerId: hire.employerId,
    workerName: names.workerName,
    workerPhone: names.workerPhone,
    employerName: names.employerName,
    trade: hire.trade,
    payAmountFen: hire.payAmountFen,
    payUnit: hire.payUnit,
    settlement: hire.settlement,
    startDate: hire.startDate,
    endDate: hire.endDate,
    address: hire.address,
    workHours: hire.workHours,
    agreement: {
      text: hire.agreementText,
      workerConfirmedAt: hire.workerConfirmedAt?.toISOString() ?? null,
      employerConfirmedAt: hire.employerConfirmedAt?.toISOString() ?? null,
      ...(hire.agreementHash ? { hash: hire.agreementHash } : {}),
    },
    payment: { status: hire.paymentStatus, ...(hire.paymentReportedAt ? { reportedAt: hire.paymentReportedAt.toISOString() } : {}) },
    ...(hire.cancelledAt ? { cancelled: { at: hire.cancelledAt.toISOString(), reason: hire.cancelReason ?? '' } } : {}),
    completedAt: hire.completedAt?.toISOString() ?? null,
    ratings: { ...(byWorker ? { byWorker: toRatingView(byWorker) } : {}), ...(byEmployer ? { byEmployer: toRatingView(byEmployer) } : {}) },
    createdAt: hire.createdAt.toISOString(),
  };
}
