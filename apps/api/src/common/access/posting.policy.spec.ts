import type { AuthUser } from './auth-user';
import { canManagePosting, canReadPosting, canReviewPosting, isPostingPublic, PostingFacts } from './posting.policy';

const worker: AuthUser = { id: 1, roles: ['worker'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: '371702' };
const otherOperator: AuthUser = { id: 3, roles: ['operator'], countyCode: '371721' };
const admin: AuthUser = { id: 4, roles: ['admin'], countyCode: null };
const posting = (overrides: Partial<PostingFacts> = {}): PostingFacts => ({
  status: 'open',
  countyCode: '371702',
  employerId: 10,
  employerSuspended: false,
  ...overrides,
});

describe(isPostingPublic.name, () => {
  it('shows open and filled postings of an employer in good standing', () => {
    expect(isPostingPublic(posting())).toBe(true);
    expect(isPostingPublic(posting({ status: 'filled' }))).toBe(true);
  });

  it('hides waiting, rejected, closed and expired postings, and every posting of a suspended employer', () => {
    for (const status of ['pending_review', 'rejected', 'closed', 'expired'] as const) expect(isPostingPublic(posting({ status }))).toBe(false);
    expect(isPostingPublic(posting({ employerSuspended: true }))).toBe(false);
  });
});

describe(canReadPosting.name, () => {
  it('lets anyone logged in read a public posting', () => {
    expect(canReadPosting(worker, posting())).toBe(true);
  });

  it("lets only its employer and the county's staff read a posting that is not public", () => {
    const hidden = posting({ status: 'pending_review' });
    expect(canReadPosting(worker, hidden)).toBe(false);
    expect(canReadPosting({ id: 5, roles: ['employer'], countyCode: null }, hidden, 11)).toBe(false);
    expect(canReadPosting({ id: 5, roles: ['employer'], countyCode: null }, hidden, 10)).toBe(true);
    expect(canReadPosting(operator, hidden)).toBe(true);
    expect(canReadPosting(admin, hidden)).toBe(true);
    expect(canReadPosting(otherOperator, hidden)).toBe(false);
  });
});

describe(canManagePosting.name, () => {
  it('is for the posting’s own employer only', () => {
    expect(canManagePosting({ employerId: 10 }, 10)).toBe(true);
    expect(canManagePosting({ employerId: 10 }, 11)).toBe(false);
    expect(canManagePosting({ employerId: 10 }, undefined)).toBe(false);
  });
});

describe(canReviewPosting.name, () => {
  it("is for the county's operators and the admin", () => {
    expect(canReviewPosting(operator, posting())).toBe(true);
    expect(canReviewPosting(admin, posting())).toBe(true);
    expect(canReviewPosting(otherOperator, posting())).toBe(false);
    expect(canReviewPosting(worker, posting())).toBe(false);
  });
});
