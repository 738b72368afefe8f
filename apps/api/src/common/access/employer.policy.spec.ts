import type { AuthUser } from './auth-user';
import { canReviewEmployer } from './employer.policy';

describe(canReviewEmployer.name, () => {
  const employer = { countyCode: '371702' };

  it("lets the admin and the county's operator review the employer", () => {
    expect(canReviewEmployer({ id: 1, roles: ['admin'], countyCode: null }, employer)).toBe(true);
    expect(canReviewEmployer({ id: 2, roles: ['operator'], countyCode: '371702' }, employer)).toBe(true);
  });

  it("keeps another county's operator and non-staff out", () => {
    const others: AuthUser[] = [
      { id: 3, roles: ['operator'], countyCode: '371721' },
      { id: 4, roles: ['employer'], countyCode: null },
      { id: 5, roles: ['worker', 'employer'], countyCode: null },
    ];
    for (const user of others) expect(canReviewEmployer(user, employer)).toBe(false);
  });
});
