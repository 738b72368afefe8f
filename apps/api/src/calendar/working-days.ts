import { isWorkday as officialIsWorkday } from 'chinese-days';
import { addDays } from '@lingong/shared';

/** Whether a 'YYYY-MM-DD' date is a working day. */
export type WorkingDayTest = (date: string) => boolean;

/**
 * China's official calendar from the maintained `chinese-days` data (State Council holidays and
 * make-up working days, 调休). Years it does not cover yet fall back to Monday-Friday, which is why
 * operators can add local exceptions until the package is updated.
 */
export const officialWorkingDay: WorkingDayTest = (date) => officialIsWorkday(date);

/**
 * Local exceptions decide before the official calendar: a county's own entry first, then the city's.
 * `exceptions` maps a date to whether it is a working day.
 */
export function withExceptions(exceptions: ReadonlyMap<string, boolean>, base: WorkingDayTest = officialWorkingDay): WorkingDayTest {
  return (date) => exceptions.get(date) ?? base(date);
}

const MAX_SCAN_DAYS = 3660;

/**
 * The Nth working day after `start`. The start day itself never counts (the day a complaint is
 * received, or a decision is taken, is day 0), so a case received on a Friday has Monday as day 1.
 */
export function addWorkingDays(start: string, workingDays: number, isWorkingDay: WorkingDayTest): string {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`Not a whole, non-negative number of working days: ${workingDays}`);
  let date = start;
  let left = workingDays;
  for (let scanned = 0; left > 0; scanned += 1) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('No working days found within ten years');
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countWorkingDays(from: string, to: string, isWorkingDay: WorkingDayTest): number {
  let count = 0;
  for (let date = addDays(from, 1), scanned = 0; date <= to; date = addDays(date, 1), scanned += 1) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('Range longer than ten years');
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}
