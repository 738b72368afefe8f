import {
  checkPostingContent,
  ContentFinding,
  isPlausibleChinaPoint,
  isServicePhone,
  isTradeCode,
  isValidDateString,
  PostingStatus,
  shanghaiDate,
} from '@lingong/shared';
import { AppException } from '../common/app-exception';
import type { EmployerFacts } from '../employers/employers.types';

/** The posting's content fields that the lawful-content check reads. */
export const CHECKED_FIELDS = ['title', 'description', 'requirements', 'trade'] as const;
export const EDITABLE: PostingStatus[] = ['open', 'pending_review', 'rejected'];

/** Only a verified employer publishes; each other status names its own refusal. */
export function requireVerified(employer: EmployerFacts): void {
  if (employer.status === 'verified') return;
  if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
  if (employer.status === 'pending_review') throw new AppException('POSTING.EMPLOYER_PENDING_REVIEW');
  throw new AppException('POSTING.EMPLOYER_UNVERIFIED');
}

export function checkFields(
  p: { trade: string; lat: number; lng: number; startDate: string; validUntil: string; contactPhone: string },
  checkStart: boolean,
): void {
  if (!isTradeCode(p.trade)) throw new AppException('POSTING.TRADE_UNKNOWN', { errors: [{ field: 'trade', message: '工种不在目录里' }] });
  if (!isPlausibleChinaPoint(p)) throw new AppException('POSTING.LOCATION_INVALID');
  if (!isServicePhone(p.contactPhone))
    throw new AppException('POSTING.PHONE_INVALID', { errors: [{ field: 'contactPhone', message: '请填写手机号或带区号的座机号' }] });
  if (!isValidDateString(p.startDate)) throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'startDate', message: '不是有效的日期' }] });
  if (checkStart && p.startDate < shanghaiDate())
    throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'startDate', message: '开工日期不能早于今天' }] });
  if (!(new Date(p.validUntil).getTime() > Date.now()))
    throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'validUntil', message: '有效期要在现在之后' }] });
}

/** Refuses blocked content with the phrase and the reason; returns the warnings that send it to review. */
export function checkContent(p: { title: string; description: string; requirements?: string | null; trade: string }): ContentFinding[] {
  const { blocked, warnings } = checkPostingContent(p);
  if (blocked.length) {
    const first = blocked[0];
    throw new AppException('POSTING.FORBIDDEN_CONTENT', {
      message: `“${first.phrase}”：${first.reason}`,
      errors: blocked.map((f) => ({ field: f.field, message: `“${f.phrase}”：${f.reason}` })),
      details: {
        phrase: first.phrase,
        reason: first.reason,
        category: first.category,
        findings: blocked.map(({ category, phrase, field, reason }) => ({ category, phrase, field, reason })),
      },
    });
  }
  return warnings;
}

/** Open at once without warnings; with warnings, waiting for an operator with the reasons noted. */
export function reviewState(warnings: ContentFinding[], now: Date, publishedAt: Date | null = null) {
  if (!warnings.length) return { status: 'open' as const, statusReason: null, reviewNotes: null, publishedAt: publishedAt ?? now };
  return {
    status: 'pending_review' as const,
    statusReason: warnings[0].reason,
    reviewNotes: warnings.map(({ category, phrase, reason }) => ({ category, phrase, reason })),
    publishedAt,
  };
}
