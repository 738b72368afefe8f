import type { ComplaintDetail } from '@lingong/shared';
import type { Complaint } from './complaint.entity';

/** What the hiring module passes when a worker reports "not paid" on a hiring record. */
export interface WageClaimFromHireInput {
  workerUserId: number;
  employerId: number;
  hireId: number;
  postingId?: number;
  amountFen: number;
  periodFrom: string;
  periodTo: string;
  facts: string;
}

/** A filed complaint, and whether this call filed it (false: an earlier identical one answered). */
export interface IntakeResult {
  complaint: ComplaintDetail;
  created: boolean;
}

/** Work done in the intake's transaction once the case exists (evidence sent with the complaint). */
export type IntakeAttachment = (complaint: Complaint, now: Date) => Promise<void>;
