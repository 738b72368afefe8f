import type { AuthUser } from './auth-user';
import { canAddClaimPhotos, canReadClaim, claimListScope, isClaimParty } from './claim.policy';

const MUDAN = '371702';
const admin: AuthUser = { id: 1, roles: ['admin'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: MUDAN };
const worker: AuthUser = { id: 10, roles: ['worker'], countyCode: null };
const employer: AuthUser = { id: 20, roles: ['employer'], countyCode: null };
const stranger: AuthUser = { id: 30, roles: ['employer'], countyCode: null };
const claim = { countyCode: MUDAN, workerUserId: worker.id, reportedByUserId: worker.id, employerUserId: employer.id };

describe('claim.policy', () => {
  it('makes the insured worker, the reporter and the enrolling employer its parties', () => {
    expect(isClaimParty(worker, claim)).toBe(true);
    expect(isClaimParty(employer, claim)).toBe(true);
    expect(isClaimParty({ ...stranger, id: 40 }, { ...claim, reportedByUserId: 40 })).toBe(true);
    expect(isClaimParty(stranger, claim)).toBe(false);
    expect(isClaimParty(stranger, { ...claim, employerUserId: null })).toBe(false);
  });

  it("lets its parties and the county's staff read it; only parties add photos", () => {
    expect(canReadClaim(employer, claim)).toBe(true);
    expect(canReadClaim(operator, claim)).toBe(true);
    expect(canReadClaim(admin, claim)).toBe(true);
    expect(canReadClaim({ ...operator, countyCode: '371728' }, claim)).toBe(false);
    expect(canReadClaim(stranger, claim)).toBe(false);
    expect(canAddClaimPhotos(worker, claim)).toBe(true);
    expect(canAddClaimPhotos(operator, claim)).toBe(false);
  });

  it("lists a county's claims for staff (the admin may pick one), one's own for anyone else", () => {
    expect(claimListScope(operator, '371728')).toEqual({ staff: true, countyCode: MUDAN });
    expect(claimListScope(admin, '371728')).toEqual({ staff: true, countyCode: '371728' });
    expect(claimListScope(admin)).toEqual({ staff: true, countyCode: undefined });
    expect(claimListScope(worker)).toEqual({ staff: false, userId: worker.id });
  });
});
