/**
 * The insurer's HTTP protocol (docs/insurer-api.md). Shared by the client and the simulator so they
 * cannot drift apart.
 */
export interface InsurerPerson {
  name: string;
  /** resident_id for people, credit_code for organisations, none for a person who hires without one on file. */
  idType: 'resident_id' | 'credit_code' | 'none';
  idNumber?: string;
}

export interface InsurerPolicyRequest {
  reference: string;
  planCode: string;
  policyholder: InsurerPerson & { phone: string };
  insured: InsurerPerson & { idType: 'resident_id'; idNumber: string; birthDate: string; gender: 'male' | 'female'; phone: string };
  occupationClass: number;
  startDate: string;
  endDate: string;
  days: number;
  premiumFen: number;
  payers: { workerFen: number; employerFen: number; governmentFen: number };
}

export type InsurerPolicyAnswer =
  | { status: 'issued'; reference: string; policyNo: string; issuedAt: string; duplicate?: boolean }
  | { status: 'rejected'; reference: string; code: string; reason: string };

export interface InsurerClaimRequest {
  reference: string;
  policyNo: string;
  accidentAt: string;
  place: string;
  description: string;
  injuries: string;
}

export interface InsurerClaimAnswer {
  status: 'accepted';
  reference: string;
  claimNo: string;
  duplicate?: boolean;
}
