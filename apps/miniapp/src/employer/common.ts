import type { CandidateItem, PostingStatus } from '@lingong/shared'

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
