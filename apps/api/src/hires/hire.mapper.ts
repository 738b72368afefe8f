import type { Hire as HireView } from '@lingong/shared';
import { Hire } from './hire.entity';

export function toHireView(hire: Hire, names: { workerName: string; employerName: string }): HireView {
  return {
    id: hire.id,
    postingId: hire.postingId,
    workerId: hire.workerId,
    employerId: hire.employerId,
    workerName: names.workerName,
    employerName: names.employerName,
    trade: hire.trade,
    payAmountFen: hire.payAmountFen,
    payUnit: hire.payUnit,
    settlement: hire.settlement,
    startDate: hire.startDate,
    endDate: hire.endDate,
    address: hire.address,
    workHours: hire.workHours,
    agreement: {
      text: hire.agreementText,
      workerConfirmedAt: hire.workerConfirmedAt?.toISOString() ?? null,
      employerConfirmedAt: hire.employerConfirmedAt?.toISOString() ?? null,
      ...(hire.agreementHash ? { hash: hire.agreementHash } : {}),
    },
    payment: { status: hire.paymentStatus, ...(hire.paymentReportedAt ? { reportedAt: hire.paymentReportedAt.toISOString() } : {}) },
    ...(hire.cancelledAt ? { cancelled: { at: hire.cancelledAt.toISOString(), reason: hire.cancelReason ?? '' } } : {}),
    createdAt: hire.createdAt.toISOString(),
  };
}
