import { shanghaiDate, type CandidateItem, type Hire, type PostingStatus } from '@lingong/shared'

export const POSTING_STATUS_LABELS: Record<PostingStatus, string> = {
  open: '招工中',
  pending_review: '等待工作人员审核',
  rejected: '没有通过审核',
  filled: '已招满',
  closed: '已关闭',
  expired: '已过期',
}

/** Present-today first: the API ranks them so, and the page keeps it even if the order changes. */
export function presentFirst(items: CandidateItem[]): CandidateItem[] {
  return [...items.filter((c) => c.presentToday), ...items.filter((c) => !c.presentToday)]
}

/** One line on where a hire stands, for the employer's list. */
export function employerHireStatus(hire: Hire): string {
  if (hire.cancelled) return '已取消'
  if (!hire.agreement.employerConfirmedAt) return '协议等您确认'
  if (!hire.agreement.workerConfirmedAt) return '等师傅确认协议'
  if (!hire.completedAt) return hire.startDate > shanghaiDate() ? `${hire.startDate} 开工` : '干活中，完工后请标记完工'
  if (hire.payment.status === 'unpaid') return '已完工 · 师傅说没拿到工钱'
  if (!hire.ratings.byEmployer) return '已完工，请评价师傅'
  return '已完工'
}
