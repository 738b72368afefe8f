import type { AuthUser } from './auth-user';
import { canManageMarket } from './market.policy';

const admin: AuthUser = { id: 1, roles: ['admin'], countyCode: null };
const operator: AuthUser = { id: 2, roles: ['operator'], countyCode: '371702' };
const worker: AuthUser = { id: 3, roles: ['worker'], countyCode: null };

describe(canManageMarket.name, () => {
  it('lets the city admin manage a market of any county', () => {
    expect(canManageMarket(admin, { countyCode: '371725' })).toBe(true);
  });

  it("lets an operator manage their own county's markets only", () => {
    expect(canManageMarket(operator, { countyCode: '371702' })).toBe(true);
    expect(canManageMarket(operator, { countyCode: '371725' })).toBe(false);
  });

  it('refuses anyone who is not staff (without throwing)', () => {
    expect(canManageMarket(worker, { countyCode: '371702' })).toBe(false);
    expect(canManageMarket({ id: 4, roles: ['operator'], countyCode: null }, { countyCode: '371702' })).toBe(false);
  });
});
