import { isInsideCover } from './insurance-claims.service';

describe(isInsideCover.name, () => {
  const issued = { status: 'issued' as const, startDate: '2026-12-01', endDate: '2026-12-02' };
  const now = new Date('2026-12-05T00:00:00Z');

  it('takes the accident day in Asia/Shanghai, from 0:00 of the first day to 24:00 of the last', () => {
    expect(isInsideCover(issued, new Date('2026-11-30T16:00:00Z'), now)).toBe(true); // 12-01 00:00 in Shanghai
    expect(isInsideCover(issued, new Date('2026-11-30T15:59:59.999Z'), now)).toBe(false);
    expect(isInsideCover(issued, new Date('2026-12-02T15:59:59.999Z'), now)).toBe(true); // 12-02 23:59:59.999
    expect(isInsideCover(issued, new Date('2026-12-02T16:00:00Z'), now)).toBe(false);
  });

  it('refuses an enrollment that is not issued, and an accident in the future', () => {
    for (const status of ['pending', 'failed', 'cancelled'] as const) {
      expect(isInsideCover({ ...issued, status }, new Date('2026-12-01T04:00:00Z'), now)).toBe(false);
    }
    expect(isInsideCover(issued, new Date('2026-12-01T04:00:00Z'), new Date('2026-12-01T03:00:00Z'))).toBe(false);
  });
});
