import type { EmployerStatus } from '@lingong/shared';

/** What other modules need to know of an employer to apply their rules (no contact details). */
export interface EmployerFacts {
  id: number;
  userId: number;
  name: string;
  countyCode: string;
  status: EmployerStatus;
}

/** The employer's side of a labour agreement. */
export interface AgreementEmployer {
  name: string;
  contactName: string;
  creditCode: string | null;
}
