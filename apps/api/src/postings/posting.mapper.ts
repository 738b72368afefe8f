import type { FeedPosting, Posting as PostingView } from '@lingong/shared';
import { Posting } from './posting.entity';
import type { PostingListRow } from './posting.repository';

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

/** A feed card: the posting without its long texts and contact (the detail page has them). */
export function toFeedPosting(row: PostingListRow, employerName: string): FeedPosting {
  return {
    id: row.id,
    status: row.status,
    employerId: row.employerId,
    employerName,
    countyCode: row.countyCode,
    trade: row.trade,
    title: row.title,
    headcount: row.headcount,
    filledCount: row.filledCount,
    payAmountFen: row.payAmountFen,
    payUnit: row.payUnit,
    settlement: row.settlement,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    startDate: row.startDate,
    durationDays: row.durationDays,
    endDate: row.endDate,
    workHours: row.workHours,
    validUntil: row.validUntil.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
