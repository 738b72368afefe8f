import type { PayUnit, Settlement } from '@lingong/shared';

/** An open posting's columns the feed ranks by (the full view is read for the page only). */
export interface OpenPostingRow {
  id: number;
  employerId: number;
  lat: number;
  lng: number;
  trade: string;
  payAmountFen: number;
  payUnit: PayUnit;
  settlement: Settlement;
  publishedAt: Date | null;
}
