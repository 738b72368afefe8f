/** China has kept one time zone without daylight saving since 1991, so a fixed offset is exact. */
export const SHANGHAI_UTC_OFFSET_MINUTES = 480;

const MS_PER_MINUTE = 60000;
const MINUTES_PER_DAY = 1440;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const OPENING_HOURS_PATTERN = /^\s*(\d{1,2})[:：](\d{2})\s*[-~～–—]\s*(\d{1,2})[:：](\d{2})\s*$/;

export interface OpeningHours {
  /** Minutes after local midnight, 0..1439. */
  openMinute: number;
  /** Minutes after local midnight, 0..1440; less than `openMinute` when the hours run past midnight. */
  closeMinute: number;
}

/** The Shanghai wall clock, read through the UTC getters. */
function shanghaiWallClock(at: Date): Date {
  return new Date(at.getTime() + SHANGHAI_UTC_OFFSET_MINUTES * MS_PER_MINUTE);
}

function utcDateString(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

export function shanghaiDate(at: Date = new Date()): string {
  return utcDateString(shanghaiWallClock(at));
}

export function shanghaiMinuteOfDay(at: Date = new Date()): number {
  const clock = shanghaiWallClock(at);
  return minuteOf(clock.getUTCHours(), clock.getUTCMinutes());
}

/** The instant a Shanghai wall clock reads `date` at `minuteOfDay` (0..1439), e.g. an accident "2026-11-28 14:30". */
export function shanghaiInstant(date: string, minuteOfDay: number): Date {
  if (!isValidDateString(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay >= MINUTES_PER_DAY) throw new RangeError(`Not a minute of the day: ${minuteOfDay}`);
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return new Date(utc.getTime() + (minuteOfDay - SHANGHAI_UTC_OFFSET_MINUTES) * MS_PER_MINUTE);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date written 'YYYY-MM-DD'. */
export function isValidDateString(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: string, days: number): string {
  if (!isValidDateString(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0-99 into 1900-1999.
  utc.setUTCFullYear(year, month - 1, day + days);
  return utcDateString(utc);
}

function minuteOf(hour: number, minute: number): number {
  return hour * 60 + minute;
}

/**
 * Parses 'HH:MM-HH:MM' (also 'H:MM', a full-width colon and '~'/'～'/'–'/'—' as typed on Chinese
 * keyboards). Closing may be '24:00'; closing before opening means the hours run past midnight.
 * '00:00-24:00' is always open; equal opening and closing times are ambiguous and refused.
 */
export function parseOpeningHours(text: string): OpeningHours | null {
  const match = OPENING_HOURS_PATTERN.exec(text);
  if (!match) return null;
  const [openHour, openMin, closeHour, closeMin] = match.slice(1).map(Number);
  if (openHour > 23 || openMin > 59 || closeMin > 59) return null;
  const openMinute = minuteOf(openHour, openMin);
  const closeMinute = minuteOf(closeHour, closeMin);
  if (closeMinute > MINUTES_PER_DAY || openMinute === closeMinute) return null;
  return { openMinute, closeMinute };
}

/** Unparseable hours count as closed. */
export function isOpenAt(openingHours: string, at: Date): boolean {
  const hours = parseOpeningHours(openingHours);
  if (!hours) return false;
  const minute = shanghaiMinuteOfDay(at);
  const { openMinute, closeMinute } = hours;
  if (openMinute < closeMinute) return minute >= openMinute && minute < closeMinute;
  return minute >= openMinute || minute < closeMinute;
}
