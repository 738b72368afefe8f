import { hasStaffRole, normalizeInvitationCode, STAFF_INVITATION_CODE_ALPHABET } from './staff';

describe('normalizeInvitationCode', () => {
  it('folds case, full-width letters, spaces and dashes the way people copy a code', () => {
    expect(normalizeInvitationCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode('ＡＢＣＤ　２３４５')).toBe('ABCD2345');
  });

  it('leaves characters outside the alphabet for the server to refuse', () => {
    expect(normalizeInvitationCode('0O1I-L')).toBe('0O1IL');
  });
});

describe('STAFF_INVITATION_CODE_ALPHABET', () => {
  it('has no characters that look alike and none twice', () => {
    expect(STAFF_INVITATION_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(STAFF_INVITATION_CODE_ALPHABET).size).toBe(STAFF_INVITATION_CODE_ALPHABET.length);
  });
});

describe('hasStaffRole', () => {
  it('is true for operators and admins only', () => {
    expect(hasStaffRole(['worker', 'operator'])).toBe(true);
    expect(hasStaffRole(['admin'])).toBe(true);
    expect(hasStaffRole(['worker', 'employer'])).toBe(false);
    expect(hasStaffRole([])).toBe(false);
  });
});
