import type { AuthUser } from './auth-user';
import { canActOnEnrollment, canEnrollHiredWorker, canEnrollSelf, canReadEnrollment, enrollmentListScope, isEnrollmentParty } from './enrollment.policy';

const MUDAN = '371702';
const admin: AuthUser = { id: 1, roles: ['admin'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: MUDAN };
const worker: AuthUser = { id: 10, roles: ['worker'], countyCode: null };
const employer: AuthUser = { id: 20, roles: ['employer'], countyCode: null };
const stranger: AuthUser = { id: 30, roles: ['worker'], countyCode: null };
const enrollment = { countyCode: MUDAN, workerUserId: worker.id, requestedByUserId: employer.id };

describe('enrollment.policy', () => {
  it('makes the insured worker and the enrolling employer its parties', () => {
    expect(isEnrollmentParty(worker, enrollment)).toBe(true);
    expect(isEnrollmentParty(employer, enrollment)).toBe(true);
    expect(isEnrollmentParty(stranger, enrollment)).toBe(false);
  });

  it("lets its parties and the county's staff read it, nobody else", () => {
    expect(canReadEnrollment(worker, enrollment)).toBe(true);
    expect(canReadEnrollment(operator, enrollment)).toBe(true);
    expect(canReadEnrollment(admin, enrollment)).toBe(true);
    expect(canReadEnrollment({ ...operator, countyCode: '371728' }, enrollment)).toBe(false);
    expect(canReadEnrollment({ ...operator, countyCode: null }, enrollment)).toBe(false);
    expect(canReadEnrollment(stranger, enrollment)).toBe(false);
  });

  it('lets only its parties act on it (cancel, report an accident), not staff', () => {
    expect(canActOnEnrollment(employer, enrollment)).toBe(true);
    expect(canActOnEnrollment(operator, enrollment)).toBe(false);
    expect(canActOnEnrollment(admin, enrollment)).toBe(false);
  });

  it('lets a worker insure themself and an employer a hired worker', () => {
    expect(canEnrollSelf(worker)).toBe(true);
    expect(canEnrollSelf(employer)).toBe(false);
    expect(canEnrollHiredWorker(employer)).toBe(true);
    expect(canEnrollHiredWorker(worker)).toBe(false);
  });

  it("lists a county's enrollments for staff, one's own for anyone else", () => {
    expect(enrollmentListScope(operator)).toEqual({ staff: true, countyCode: MUDAN });
    expect(enrollmentListScope(admin)).toEqual({ staff: true, countyCode: undefined });
    expect(enrollmentListScope(worker)).toEqual({ staff: false, userId: worker.id });
  });
});
