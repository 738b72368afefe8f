import type { AuthUser } from './auth-user';
import { canRemoveStaffAccess, holdsStaffRole, isListedOperator, isOperatorOf, staffListCounty } from './staff.policy';

const admin: AuthUser = { id: 1, roles: ['admin'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: '371702' };

describe('staff.policy', () => {
  it('limits an operator to their own county, whatever they ask for; the admin gets the county asked for', () => {
    expect(staffListCounty(operator, '371728')).toBe('371702');
    expect(staffListCounty(admin, '371728')).toBe('371728');
    expect(staffListCounty(admin)).toBeUndefined();
  });

  it('lets only an open operator account of the same county take a case', () => {
    const colleague = { id: 3, roles: ['operator' as const], countyCode: '371702', closed: false };
    expect(isOperatorOf(colleague, '371702')).toBe(true);
    expect(isOperatorOf(colleague, '371728')).toBe(false);
    expect(isOperatorOf({ ...colleague, closed: true }, '371702')).toBe(false);
    expect(isOperatorOf({ ...colleague, roles: ['admin'] }, '371702')).toBe(false);
    expect(isOperatorOf({ ...colleague, roles: ['worker'] }, '371702')).toBe(false);
  });

  it('lists an operator only with a county', () => {
    expect(isListedOperator({ roles: ['operator'], countyCode: '371702' })).toBe(true);
    expect(isListedOperator({ roles: ['operator'], countyCode: null })).toBe(false);
    expect(isListedOperator({ roles: ['worker'], countyCode: '371702' })).toBe(false);
  });

  it('lets the admin remove anyone else, never themself, and nobody else remove anyone', () => {
    expect(canRemoveStaffAccess(admin, 2)).toBe(true);
    expect(canRemoveStaffAccess(admin, 1)).toBe(false);
    expect(canRemoveStaffAccess(operator, 3)).toBe(false);
  });

  it('knows a staff role from the others', () => {
    expect(holdsStaffRole({ roles: ['worker', 'operator'] })).toBe(true);
    expect(holdsStaffRole({ roles: ['worker', 'employer'] })).toBe(false);
  });
});
