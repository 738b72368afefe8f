import { addWorkingDays, countWorkingDays, officialWorkingDay, withExceptions } from './working-days';

describe('working days', () => {
  describe(officialWorkingDay.name, () => {
    it.each([
      ['2026-09-30', true],
      ['2026-10-01', false], // 国庆节
      ['2026-10-07', false],
      ['2026-10-08', true],
      ['2026-10-10', true], // Saturday, make-up working day (调休)
      ['2026-09-20', true], // Sunday, make-up working day
      ['2026-10-11', false], // an ordinary Sunday
      ['2026-09-25', false], // 中秋节
    ])('%s is a working day: %s', (date, expected) => {
      expect(officialWorkingDay(date)).toBe(expected);
    });
  });

  describe(addWorkingDays.name, () => {
    it('does not count the start day and skips 国庆 2026 while counting the make-up Saturday', () => {
      // 09-30 (1), 10-01..07 holiday, 10-08 (2), 10-09 (3), Sat 10-10 make-up (4), Sun 10-11, 10-12 (5)
      expect(addWorkingDays('2026-09-29', 5, officialWorkingDay)).toBe('2026-10-12');
    });

    it('counts a make-up Sunday (2026-09-20) as a working day', () => {
      // Fri 09-18 → Sun 09-20 (make-up) is day 1, Mon 09-21 day 2
      expect(addWorkingDays('2026-09-18', 1, officialWorkingDay)).toBe('2026-09-20');
      expect(addWorkingDays('2026-09-18', 2, officialWorkingDay)).toBe('2026-09-21');
    });

    it('starts counting on the first working day after a case received during the holiday', () => {
      expect(addWorkingDays('2026-10-03', 1, officialWorkingDay)).toBe('2026-10-08');
    });

    it('gives 60 working days across the Mid-autumn and National Day holidays', () => {
      const due = addWorkingDays('2026-09-01', 60, officialWorkingDay);
      expect(countWorkingDays('2026-09-01', due, officialWorkingDay)).toBe(60);
      expect(countWorkingDays('2026-09-01', '2026-09-30', officialWorkingDay)).toBe(21); // 21 weekdays after 09-01, minus 09-25 中秋, plus Sun 09-20
      // October adds 18 (22 weekdays, 5 of them 国庆, plus Sat 10-10); November's 21st is Mon 11-30
      expect(due).toBe('2026-11-30');
    });

    it('answers the start day for zero working days and refuses negative ones', () => {
      expect(addWorkingDays('2026-10-01', 0, officialWorkingDay)).toBe('2026-10-01');
      expect(() => addWorkingDays('2026-10-01', -1, officialWorkingDay)).toThrow(RangeError);
    });
  });

  describe(withExceptions.name, () => {
    it('lets a local exception close a working day and open a holiday', () => {
      const local = withExceptions(
        new Map([
          ['2026-10-12', false],
          ['2026-10-11', true],
        ]),
      );
      expect(local('2026-10-12')).toBe(false);
      expect(local('2026-10-11')).toBe(true);
      expect(local('2026-10-01')).toBe(false);
      // Sun 10-11 now counts as day 5
      expect(addWorkingDays('2026-09-29', 5, local)).toBe('2026-10-11');
      expect(addWorkingDays('2026-09-29', 6, local)).toBe('2026-10-13');
    });
  });

  describe(countWorkingDays.name, () => {
    it('counts the working days of 国庆 week 2026 (only the make-up Saturday after it)', () => {
      expect(countWorkingDays('2026-09-30', '2026-10-07', officialWorkingDay)).toBe(0);
      expect(countWorkingDays('2026-09-30', '2026-10-10', officialWorkingDay)).toBe(3);
      expect(countWorkingDays('2026-10-10', '2026-10-01', officialWorkingDay)).toBe(0);
    });
  });
});
