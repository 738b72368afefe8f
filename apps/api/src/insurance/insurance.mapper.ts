import type { Claim, Enrollment, InsuranceProduct as ProductView, SettledDay, SubsidyRule } from '@lingong/shared';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsuranceClaimPhoto } from './insurance-claim-photo.entity';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceProduct } from './insurance-product.entity';
import { InsuranceSettledDay } from './insurance-settled-day.entity';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';

export function toProductView(p: InsuranceProduct, eligibility?: { eligible: boolean; reason?: string }): ProductView {
  return {
    id: p.id,
    insurer: p.insurer,
    insurerHotline: p.insurerHotline,
    planCode: p.planCode,
    name: p.name,
    pricePerDayFen: p.pricePerDayFen,
    minAge: p.minAge,
    maxAge: p.maxAge,
    occupationClasses: p.occupationClasses,
    cover: p.cover,
    terms: p.terms,
    active: p.active,
    ...(eligibility ? { eligible: eligibility.eligible, ...(eligibility.reason ? { ineligibleReason: eligibility.reason } : {}) } : {}),
  };
}

export function toSubsidyRuleView(r: InsuranceSubsidyRule): SubsidyRule {
  return {
    id: r.id,
    countyCode: r.countyCode,
    ...(r.productId !== null ? { productId: r.productId } : {}),
    name: r.name,
    condition: r.condition,
    workerShareBp: r.workerShareBp,
    employerShareBp: r.employerShareBp,
    governmentShareBp: r.governmentShareBp,
    active: r.active,
  };
}

export function toEnrollmentView(e: InsuranceEnrollment): Enrollment {
  return {
    id: e.id,
    productId: e.productId,
    workerId: e.workerId,
    startDate: e.startDate,
    endDate: e.endDate,
    days: e.days,
    premiumFen: e.premiumFen,
    workerShareFen: e.workerShareFen,
    employerShareFen: e.employerShareFen,
    governmentShareFen: e.governmentShareFen,
    status: e.status,
    ...(e.policyNo ? { policyNo: e.policyNo } : {}),
    ...(e.failureReason ? { failureReason: e.failureReason } : {}),
    reference: e.reference,
    ...(e.hireId !== null ? { hireId: e.hireId } : {}),
    ...(e.employerId !== null ? { employerId: e.employerId } : {}),
    occupationClass: e.occupationClass,
    dailySplit: e.dailySplit,
    ...(e.settledDays > 0
      ? {
          settlement: {
            settledDays: e.settledDays,
            complete: e.settledDays >= e.days,
            workerShareFen: e.settledWorkerShareFen,
            employerShareFen: e.settledEmployerShareFen,
            governmentShareFen: e.settledGovernmentShareFen,
            // Days are settled from the first on, so the quoted part of the settled days is a prefix.
            workerRefundFen: e.dailySplit.slice(0, e.settledDays).reduce((total, d) => total + d.workerFen, 0) - e.settledWorkerShareFen,
          },
        }
      : {}),
    createdAt: e.createdAt.toISOString(),
    ...(e.issuedAt ? { issuedAt: e.issuedAt.toISOString() } : {}),
    ...(e.cancelledAt ? { cancelledAt: e.cancelledAt.toISOString() } : {}),
  };
}

export function toClaimView(c: InsuranceClaim, photos: InsuranceClaimPhoto[]): Claim {
  return {
    id: c.id,
    enrollmentId: c.enrollmentId,
    workerId: c.workerId,
    accidentAt: c.accidentAt.toISOString(),
    place: c.place,
    description: c.description,
    injuries: c.injuries,
    photos: photos.map((p) => ({ id: p.id, fileName: p.fileName, contentType: p.contentType, sizeBytes: p.sizeBytes, uploadedAt: p.createdAt.toISOString() })),
    reportedBy: c.reportedByUserId === c.workerUserId ? 'worker' : 'employer',
    status: c.status,
    ...(c.statusReason ? { statusReason: c.statusReason } : {}),
    ...(c.insurerClaimNo ? { insurerClaimNo: c.insurerClaimNo } : {}),
    reportedAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toSettledDayView(d: InsuranceSettledDay): SettledDay {
  return {
    day: d.day,
    ...(d.ruleId !== null ? { ruleId: d.ruleId } : {}),
    workerFen: d.workerFen,
    employerFen: d.employerFen,
    governmentFen: d.governmentFen,
    checkedIn: d.checkedIn,
    hired: d.hired,
    settledAt: d.settledAt.toISOString(),
  };
}
