import type {
  Application,
  CalendarException,
  CandidateItem,
  CheckinResponse,
  Claim,
  ClaimPhoto,
  ComplaintCountyFigures,
  ComplaintDetail,
  ComplaintEvidenceItem,
  ComplaintHistoryEntry,
  ComplaintReminderItem,
  ComplaintRespondent,
  ComplaintStats,
  ComplaintSummary,
  ContentNote,
  CountyItem,
  CoverItem,
  CreatedStaffInvitation,
  DaySplit,
  EmployerProfile,
  Enrollment,
  EnrollmentCertificate,
  EnrollmentDetail,
  EnrollmentSettlement,
  ApiErrorBody,
  FeedItem,
  FieldError,
  GateTokenResponse,
  HealthResponse,
  Hire,
  InsuranceProduct,
  ListResponse,
  LoginResponse,
  Market,
  MarketCheckin,
  MarketCheckinStats,
  MyCheckin,
  Posting,
  Rating,
  SettledDay,
  StaffInvitation,
  StaffMember,
  SubscribeTemplatesResponse,
  SubscriptionCredit,
  SubsidyRule,
  TradeItem,
  UserSummary,
  WorkerProfile,
} from '@lingong/shared';
import { COMPLAINT_CATEGORIES, SUBSCRIBE_TEMPLATE_KEYS } from '@lingong/shared';
import type { ApplicationResponseDto, ApplicationWorkerResponseDto } from '../../applications/dto/application.response';
import type { LoginResponseDto, UserSummaryResponseDto } from '../../auth/dto/auth.response';
import type { CalendarExceptionResponseDto } from '../../calendar/dto/calendar.response';
import type {
  CheckinResponseDto,
  GateTokenResponseDto,
  MarketCheckinResponseDto,
  MarketCheckinStatsResponseDto,
  MyCheckinResponseDto,
} from '../../checkins/dto/checkin.response';
import type {
  ComplainantResponseDto,
  ComplaintCountyFiguresResponseDto,
  ComplaintDetailResponseDto,
  ComplaintEvidenceItemResponseDto,
  ComplaintHistoryEntryResponseDto,
  ComplaintReminderItemResponseDto,
  ComplaintRespondentResponseDto,
  ComplaintStatsResponseDto,
  ComplaintSummaryResponseDto,
} from '../../complaints/dto/complaint.response';
import { ComplaintCategoryCountsResponseDto } from '../../complaints/dto/complaint.response';
import type { EmployerProfileResponseDto } from '../../employers/dto/employer.response';
import type { HealthResponseDto } from '../../health/dto/health.response';
import type {
  HireAgreementResponseDto,
  HireCancellationResponseDto,
  HirePaymentResponseDto,
  HireRatingsResponseDto,
  HireResponseDto,
  RatingResponseDto,
} from '../../hires/dto/hire.response';
import type {
  ClaimPhotoResponseDto,
  ClaimResponseDto,
  CoverItemResponseDto,
  DaySplitResponseDto,
  EnrollmentCertificateResponseDto,
  EnrollmentDetailResponseDto,
  EnrollmentResponseDto,
  EnrollmentSettlementResponseDto,
  InsuranceProductResponseDto,
  SettledDayResponseDto,
  SubsidyRuleResponseDto,
} from '../../insurance/dto/insurance.response';
import type { MarketResponseDto } from '../../markets/dto/market.response';
import type { SubscribeTemplatesResponseDto, SubscriptionCreditResponseDto } from '../../notifications/dto/notification.response';
import { SubscribeTemplateIdsResponseDto } from '../../notifications/dto/notification.response';
import type { CandidateItemResponseDto, FeedItemResponseDto } from '../../matching/dto/matching.response';
import type { ContentNoteResponseDto, PostingListResponseDto, PostingResponseDto } from '../../postings/dto/posting.response';
import type { CreatedStaffInvitationResponseDto, StaffInvitationResponseDto, StaffMemberResponseDto } from '../../staff/dto/staff.response';
import type { CountyItemResponseDto, TradeItemResponseDto } from '../../trades/dto/catalogue.response';
import type { WorkerConsentResponseDto, WorkerLocationResponseDto, WorkerProfileResponseDto } from '../../workers/dto/worker.response';
import type { ErrorResponseDto, FieldErrorResponseDto } from './error-response.dto';
import type { CalendarService } from '../../calendar/calendar.service';
import type { WorkingDaysResponseDto } from '../../calendar/dto/calendar.response';
import type { ReputationResponseDto } from '../../hires/dto/hire.response';
import type { Reputation } from '../../hires/hires.service';
import type { PostingReportCreatedResponseDto, PostingReportResponseDto } from '../../postings/dto/posting.response';
import type { PostingReportsService } from '../../postings/posting-reports.service';
import type { WorkerDeletedResponseDto, WorkerExportResponseDto } from '../../workers/dto/worker.response';
import type { WorkersService } from '../../workers/workers.service';

/** What a service method answers. */
type Answer<S, M extends keyof S> = S[M] extends (...args: never[]) => Promise<infer R> ? R : never;

/** `true` when both declare the same fields; otherwise what the DTO has extra and what it is missing. */
type SameKeys<Dto, Contract> = [Exclude<keyof Dto, keyof Contract>, Exclude<keyof Contract, keyof Dto>] extends [never, never]
  ? true
  : { extra: Exclude<keyof Dto, keyof Contract>; missing: Exclude<keyof Contract, keyof Dto> };

/**
 * Compiles only when the response DTO declares exactly the contract's fields. `implements` (on every
 * response DTO) keeps the types equal but lets an optional field go undocumented, or an extra one in.
 */
function sameKeys<Dto, Contract>(equal: SameKeys<Dto, Contract>): boolean {
  return equal === true;
}

describe('response DTOs', () => {
  it('declare exactly the fields of the shared contracts they implement', () => {
    const checks = [
      sameKeys<ErrorResponseDto, ApiErrorBody>(true),
      sameKeys<FieldErrorResponseDto, FieldError>(true),
      sameKeys<HealthResponseDto, HealthResponse>(true),
      sameKeys<PostingListResponseDto, ListResponse<Posting>>(true),
      sameKeys<UserSummaryResponseDto, UserSummary>(true),
      sameKeys<LoginResponseDto, LoginResponse>(true),
      sameKeys<TradeItemResponseDto, TradeItem>(true),
      sameKeys<CountyItemResponseDto, CountyItem>(true),
      sameKeys<MarketResponseDto, Market>(true),
      sameKeys<EmployerProfileResponseDto, EmployerProfile>(true),
      sameKeys<WorkerProfileResponseDto, WorkerProfile>(true),
      sameKeys<WorkerLocationResponseDto, NonNullable<WorkerProfile['location']>>(true),
      sameKeys<WorkerConsentResponseDto, WorkerProfile['consent']>(true),
      sameKeys<PostingResponseDto, Posting>(true),
      sameKeys<ContentNoteResponseDto, ContentNote>(true),
      sameKeys<FeedItemResponseDto, FeedItem>(true),
      sameKeys<CandidateItemResponseDto, CandidateItem>(true),
      sameKeys<ApplicationResponseDto, Application>(true),
      sameKeys<ApplicationWorkerResponseDto, NonNullable<Application['worker']>>(true),
      sameKeys<HireResponseDto, Hire>(true),
      sameKeys<HireAgreementResponseDto, Hire['agreement']>(true),
      sameKeys<HirePaymentResponseDto, Hire['payment']>(true),
      sameKeys<HireCancellationResponseDto, NonNullable<Hire['cancelled']>>(true),
      sameKeys<HireRatingsResponseDto, Hire['ratings']>(true),
      sameKeys<RatingResponseDto, Rating>(true),
      sameKeys<GateTokenResponseDto, GateTokenResponse>(true),
      sameKeys<CheckinResponseDto, CheckinResponse>(true),
      sameKeys<MyCheckinResponseDto, MyCheckin>(true),
      sameKeys<MarketCheckinResponseDto, MarketCheckin>(true),
      sameKeys<MarketCheckinStatsResponseDto, MarketCheckinStats>(true),
      sameKeys<CalendarExceptionResponseDto, CalendarException>(true),
      sameKeys<ComplaintDetailResponseDto, ComplaintDetail>(true),
      sameKeys<ComplaintRespondentResponseDto, ComplaintRespondent>(true),
      sameKeys<ComplaintHistoryEntryResponseDto, ComplaintHistoryEntry>(true),
      sameKeys<ComplaintEvidenceItemResponseDto, ComplaintEvidenceItem>(true),
      sameKeys<ComplainantResponseDto, NonNullable<ComplaintDetail['complainant']>>(true),
      sameKeys<ComplaintSummaryResponseDto, ComplaintSummary>(true),
      sameKeys<ComplaintReminderItemResponseDto, ComplaintReminderItem>(true),
      sameKeys<ComplaintCountyFiguresResponseDto, ComplaintCountyFigures>(true),
      sameKeys<ComplaintStatsResponseDto, ComplaintStats>(true),
      sameKeys<CoverItemResponseDto, CoverItem>(true),
      sameKeys<InsuranceProductResponseDto, InsuranceProduct>(true),
      sameKeys<SubsidyRuleResponseDto, SubsidyRule>(true),
      sameKeys<DaySplitResponseDto, DaySplit>(true),
      sameKeys<SettledDayResponseDto, SettledDay>(true),
      sameKeys<EnrollmentSettlementResponseDto, EnrollmentSettlement>(true),
      sameKeys<EnrollmentResponseDto, Enrollment>(true),
      sameKeys<EnrollmentCertificateResponseDto, EnrollmentCertificate>(true),
      sameKeys<EnrollmentDetailResponseDto, EnrollmentDetail>(true),
      sameKeys<ClaimPhotoResponseDto, ClaimPhoto>(true),
      sameKeys<ClaimResponseDto, Claim>(true),
      sameKeys<SubscribeTemplatesResponseDto, SubscribeTemplatesResponse>(true),
      sameKeys<SubscriptionCreditResponseDto, SubscriptionCredit>(true),
      sameKeys<StaffMemberResponseDto, StaffMember>(true),
      sameKeys<StaffInvitationResponseDto, StaffInvitation>(true),
      sameKeys<CreatedStaffInvitationResponseDto, CreatedStaffInvitation>(true),
      // Answers without a shared contract: the service's return type is the contract.
      sameKeys<ReputationResponseDto, Reputation>(true),
      sameKeys<WorkingDaysResponseDto, Answer<CalendarService, 'workingDaysFor'>>(true),
      sameKeys<PostingReportCreatedResponseDto, Answer<PostingReportsService, 'report'>>(true),
      sameKeys<PostingReportResponseDto, Answer<PostingReportsService, 'listReports'>['items'][number]>(true),
      sameKeys<WorkerExportResponseDto, Answer<WorkersService, 'exportMine'>>(true),
      sameKeys<WorkerDeletedResponseDto, Answer<WorkersService, 'deleteMine'>>(true),
    ];
    expect(checks.every(Boolean)).toBe(true);
  });

  it('document every complaint category and every subscribe-message purpose', () => {
    // Runtime lists: a key added to the shared list must be documented too.
    const documented = (dto: abstract new () => object): string[] =>
      ((Reflect.getMetadata('swagger/apiModelPropertiesArray', dto.prototype) as string[] | undefined) ?? []).map((p) => p.replace(/^:/, ''));
    expect(documented(ComplaintCategoryCountsResponseDto).sort()).toEqual([...COMPLAINT_CATEGORIES].sort());
    expect(documented(SubscribeTemplateIdsResponseDto).sort()).toEqual([...SUBSCRIBE_TEMPLATE_KEYS].sort());
  });
});
