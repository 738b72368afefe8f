import { Application } from '../applications/application.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { ConsoleLoginTicket } from '../auth/console-login-ticket.entity';
import { TotpCredential } from '../auth/totp-credential.entity';
import { CalendarExceptionEntity } from '../calendar/calendar-exception.entity';
import { ComplaintEvent } from '../complaints/complaint-event.entity';
import { ComplaintEvidence } from '../complaints/complaint-evidence.entity';
import { ComplaintReminder } from '../complaints/complaint-reminder.entity';
import { Complaint } from '../complaints/complaint.entity';
import { Checkin } from '../checkins/checkin.entity';
import { Employer } from '../employers/employer.entity';
import { InsuranceClaim } from '../insurance/insurance-claim.entity';
import { InsuranceClaimPhoto } from '../insurance/insurance-claim-photo.entity';
import { InsuranceCoverageDay } from '../insurance/insurance-coverage-day.entity';
import { InsuranceEnrollment } from '../insurance/insurance-enrollment.entity';
import { InsuranceProduct } from '../insurance/insurance-product.entity';
import { InsuranceSettledDay } from '../insurance/insurance-settled-day.entity';
import { InsuranceSubsidyRule } from '../insurance/insurance-subsidy-rule.entity';
import { Hire } from '../hires/hire.entity';
import { Rating } from '../hires/rating.entity';
import { Market } from '../markets/market.entity';
import { Notification } from '../notifications/notification.entity';
import { SubscribeCredit } from '../notifications/subscribe-credit.entity';
import { PiiAccessLog } from '../pii/pii-access-log.entity';
import { PostingReport } from '../postings/posting-report.entity';
import { Posting } from '../postings/posting.entity';
import { StaffInvitation } from '../staff/staff-invitation.entity';
import { User } from '../users/user.entity';
import { ConsentRecord } from '../workers/consent-record.entity';
import { Worker } from '../workers/worker.entity';
import { WorkerTrade } from '../workers/worker-trade.entity';

/** Every entity, listed once: the data source, the migration generator and the tests all use this. */
export const ENTITIES = [
  User,
  StaffInvitation,
  AuthSession,
  ConsoleLoginTicket,
  TotpCredential,
  Worker,
  ConsentRecord,
  Employer,
  Market,
  PiiAccessLog,
  AuditEvent,
  InsuranceProduct,
  InsuranceSubsidyRule,
  InsuranceEnrollment,
  InsuranceCoverageDay,
  InsuranceClaim,
  InsuranceClaimPhoto,
  InsuranceSettledDay,
  CalendarExceptionEntity,
  Complaint,
  ComplaintEvent,
  ComplaintEvidence,
  ComplaintReminder,
  Checkin,
  Posting,
  PostingReport,
  Application,
  Hire,
  Rating,
  Notification,
  SubscribeCredit,
  WorkerTrade,
];
