import type { AuthUser } from './auth-user';
import { canReadHire, hireSideOf, HireFacts } from './hire.policy';

const hire: HireFacts = { countyCode: '371725', workerId: 7, employerId: 9 };
const someone: AuthUser = { id: 1, roles: ['worker', 'employer'], countyCode: null };

describe(hireSideOf.name, () => {
  it('names the side the caller is on, the worker side first for a user who is both', () => {
    expect(hireSideOf(hire, { workerId: 7 })).toBe('worker');
    expect(hireSideOf(hire, { employerId: 9 })).toBe('employer');
    expect(hireSideOf(hire, { workerId: 7, employerId: 9 })).toBe('worker');
    expect(hireSideOf(hire, { workerId: 8, employerId: 9 })).toBe('employer');
  });

  it('is undefined for anyone else', () => {
    expect(hireSideOf(hire, {})).toBeUndefined();
    expect(hireSideOf(hire, { workerId: 8, employerId: 10 })).toBeUndefined();
  });
});

describe(canReadHire.name, () => {
  it("lets the two parties and the hire's county staff read it", () => {
    expect(canReadHire(someone, hire, { workerId: 7 })).toBe(true);
    expect(canReadHire(someone, hire, { employerId: 9 })).toBe(true);
    expect(canReadHire({ id: 2, roles: ['operator'], countyCode: '371725' }, hire, {})).toBe(true);
    expect(canReadHire({ id: 3, roles: ['admin'], countyCode: null }, hire, {})).toBe(true);
  });

  it("keeps another county's operator and other users out", () => {
    expect(canReadHire({ id: 2, roles: ['operator'], countyCode: '371702' }, hire, {})).toBe(false);
    expect(canReadHire(someone, hire, { workerId: 8, employerId: 10 })).toBe(false);
  });
});
