import type { Posting as PostingView } from '@lingong/shared';
import { Posting } from './posting.entity';

export function toPostingView(posting: Posting, employerName: string): PostingView {
  return {
    id: posting.id,
    status: posting.status,
    employerId: posting.employerId,
    employerName,
    countyCode: posting.countyCode,
    trade: posting.trade,
    title: posting.title,
    description: posting.description,
    headcount: posting.headcount,
    filledCount: posting.filledCount,
    payAmountFen: posting.payAmountFen,
    payUnit: posting.payUnit,
    settlement: posting.settlement,
    address: posting.address,
    lat: posting.lat,
    lng: posting.lng,
    startDate: posting.startDate,
    durationDays: posting.durationDays,
    endDate: posting.endDate,
    workHours: posting.workHours,
    ...(posting.requirements ? { requirements: posting.requirements } : {}),
    contactPhone: posting.contactPhone,
    validUntil: posting.validUntil.toISOString(),
    ...(posting.statusReason ? { statusReason: posting.statusReason } : {}),
    ...(posting.reviewNotes?.length ? { reviewNotes: posting.reviewNotes } : {}),
    createdAt: posting.createdAt.toISOString(),
    updatedAt: posting.updatedAt.toISOString(),
  };
}
