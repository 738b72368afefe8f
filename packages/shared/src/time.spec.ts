import {
  SHANGHAI_UTC_OFFSET_MINUTES,
  addDays,
  isOpenAt,
  isValidDateString,
  parseOpeningHours,
  shanghaiDate,
  shanghaiInstant,
  shanghaiMinuteOfDay,
} from './time';

/** An instant given as Shanghai wall-clock time. */
const shanghai = (localDateTime: string): Date => new Date(`${localDateTime}+08:00`);

describe('time', () => {
  it('uses UTC+8 all year', () => {
    expect(SHANGHAI_UTC_OFFSET_MINUTES).toBe(480);
  });

  describe(shanghaiDate.name, () => {
    it('is already the next day in Shanghai at 16:00 UTC', () => {
      expect(shanghaiDate(new Date('2025-03-01T15:59:59Z'))).toBe('2025-03-01');
      expect(shanghaiDate(new Date('2025-03-01T16:00:00Z'))).toBe('2025-03-02');
    });

    it('crosses a year end', () => {
      expect(shanghaiDate(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
    });

    it('defaults to now', () => {
      const before = shanghaiDate(new Date());
      const result = shanghaiDate();
      const after = shanghaiDate(new Date());
      expect([before, after]).toContain(result);
    });
  });

  describe(shanghaiMinuteOfDay.name, () => {
    it('counts minutes after local midnight', () => {
      expect(shanghaiMinuteOfDay(shanghai('2025-05-10T04:30:00'))).toBe(270);
      expect(shanghaiMinuteOfDay(new Date('2025-05-10T16:00:00Z'))).toBe(0);
      expect(shanghaiMinuteOfDay(shanghai('2025-05-10T23:59:59'))).toBe(1439);
    });
  });

  describe(shanghaiInstant.name, () => {
    it('reads a Shanghai date and minute as the instant, back to the previous UTC day before 08:00', () => {
      expect(shanghaiInstant('2025-05-10', 14 * 60 + 30).toISOString()).toBe('2025-05-10T06:30:00.000Z');
      expect(shanghaiInstant('2025-01-01', 0).toISOString()).toBe('2024-12-31T16:00:00.000Z');
      expect(shanghaiDate(shanghaiInstant('2025-05-10', 1439))).toBe('2025-05-10');
      expect(shanghaiMinuteOfDay(shanghaiInstant('2025-05-10', 270))).toBe(270);
    });

    it('refuses a date or minute that does not exist', () => {
      expect(() => shanghaiInstant('2025-02-30', 0)).toThrow(RangeError);
      expect(() => shanghaiInstant('2025-05-10', 1440)).toThrow(RangeError);
      expect(() => shanghaiInstant('2025-05-10', 1.5)).toThrow(RangeError);
    });
  });

  describe(isValidDateString.name, () => {
    it.each(['2024-02-29', '2000-02-29', '1999-12-31', '1800-01-01'])('accepts %s', (date) => {
      expect(isValidDateString(date)).toBe(true);
    });

    const notDates = ['2023-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'];
    const notIsoDates = ['2025-1-01', '20250101', '2025-01-01T00:00', ''];
    it.each([...notDates, ...notIsoDates])('refuses %p', (date) => {
      expect(isValidDateString(date)).toBe(false);
    });
  });

  describe(addDays.name, () => {
    it('moves across month, leap day and year ends', () => {
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
      expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
      expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
      expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
      expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
    });

    it('keeps years before 100 as written', () => {
      expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
    });

    it('refuses an invalid date or a fractional count', () => {
      expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
      expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
    });
  });

  describe(parseOpeningHours.name, () => {
    it('parses daytime hours', () => {
      expect(parseOpeningHours('04:30-08:00')).toEqual({ openMinute: 270, closeMinute: 480 });
    });

    it('allows closing at 24:00 and treats 00:00-24:00 as all day', () => {
      expect(parseOpeningHours('18:00-24:00')).toEqual({ openMinute: 1080, closeMinute: 1440 });
      expect(parseOpeningHours('00:00-24:00')).toEqual({ openMinute: 0, closeMinute: 1440 });
    });

    it('allows overnight hours', () => {
      expect(parseOpeningHours('22:00-06:00')).toEqual({ openMinute: 1320, closeMinute: 360 });
    });

    it('accepts what Chinese keyboards type', () => {
      expect(parseOpeningHours(' 5：00 ～ 9:30 ')).toEqual({ openMinute: 300, closeMinute: 570 });
      expect(parseOpeningHours('05:00~09:30')).toEqual({ openMinute: 300, closeMinute: 570 });
    });

    const outOfRange = ['24:00-06:00', '08:60-10:00', '08:00-24:30', '08:00-25:00'];
    const ambiguous = ['08:00-08:00', '00:00-00:00'];
    const unreadable = ['8-18', '08:00', '', 'abc'];
    it.each([...outOfRange, ...ambiguous, ...unreadable])('refuses %p', (text) => {
      expect(parseOpeningHours(text)).toBeNull();
    });
  });

  describe(isOpenAt.name, () => {
    it('is open from the opening minute up to, not including, the closing minute', () => {
      expect(isOpenAt('04:30-08:00', shanghai('2025-05-10T04:29:00'))).toBe(false);
      expect(isOpenAt('04:30-08:00', shanghai('2025-05-10T04:30:00'))).toBe(true);
      expect(isOpenAt('04:30-08:00', shanghai('2025-05-10T07:59:00'))).toBe(true);
      expect(isOpenAt('04:30-08:00', shanghai('2025-05-10T08:00:00'))).toBe(false);
    });

    it('reads the time in Shanghai, not in UTC', () => {
      // 21:00 UTC is 05:00 the next morning at the market gate.
      expect(isOpenAt('04:30-08:00', new Date('2025-05-09T21:00:00Z'))).toBe(true);
    });

    it('handles overnight hours on both sides of midnight', () => {
      expect(isOpenAt('22:00-06:00', shanghai('2025-05-10T23:30:00'))).toBe(true);
      expect(isOpenAt('22:00-06:00', shanghai('2025-05-10T03:00:00'))).toBe(true);
      expect(isOpenAt('22:00-06:00', shanghai('2025-05-10T06:00:00'))).toBe(false);
      expect(isOpenAt('22:00-06:00', shanghai('2025-05-10T12:00:00'))).toBe(false);
    });

    it('is always open for 00:00-24:00', () => {
      expect(isOpenAt('00:00-24:00', shanghai('2025-05-10T00:00:00'))).toBe(true);
      expect(isOpenAt('00:00-24:00', shanghai('2025-05-10T23:59:00'))).toBe(true);
    });

    it('treats unreadable hours as closed', () => {
      expect(isOpenAt('全天', shanghai('2025-05-10T12:00:00'))).toBe(false);
    });
  });
});
