/** A hiring record an employer may insure: who hired whom, for which Asia/Shanghai days. */
export interface HireForEnrollment {
  hireId: number;
  /** The employer's account (`user.id`) and employer record. */
  employerUserId: number;
  employerId: number;
  workerId: number;
  days: string[];
  /** The trade hired for, when the record names one; its occupation class then decides. */
  tradeCode?: string;
}

/**
 * What the insurance module needs to know from check-ins (issue 4) and hiring records (issue 3):
 * the days a subsidy condition holds, and the hire an employer enrolls a worker for.
 */
export interface SubsidyEvidence {
  /** The days of `days` on which the worker checked in at a public market. */
  daysWithCheckin(workerId: number, days: string[]): Promise<Set<string>>;
  /** The days of `days` on which the worker has a hiring record. */
  daysWithHire(workerId: number, days: string[]): Promise<Set<string>>;
  hireForEnrollment(hireId: number): Promise<HireForEnrollment | null>;
}

export const SUBSIDY_EVIDENCE = Symbol('SUBSIDY_EVIDENCE');
