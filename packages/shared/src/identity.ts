import { maskMiddle, removeWhitespace, toHalfWidth } from './text';
import { isValidDateString, shanghaiDate } from './time';

export const MIN_WORKING_AGE = 16;

/** First two digits of GB/T 2260 area codes: the provinces, Taiwan (71), Hong Kong, Macao (81-82) and 83. */
export const PROVINCE_CODES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
];

const PROVINCE_CODE_SET: ReadonlySet<string> = new Set(PROVINCE_CODES);

export function isProvinceCode(code: string): boolean {
  return PROVINCE_CODE_SET.has(code);
}

export type Gender = 'male' | 'female';

export type ResidentIdFailure = 'format' | 'province' | 'birth_date' | 'check_digit';

export type ResidentIdValidation =
  { ok: true; value: string; birthDate: string; gender: Gender; provinceCode: string } | { ok: false; reason: ResidentIdFailure; message: string };

const RESIDENT_ID_PATTERN = /^\d{17}[\dX]$/;
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK_CHARS = '10X98765432';
/** GB 11643 puts no floor on birth years; DOMAIN.md lists a valid 1880 example. */
const EARLIEST_BIRTH_DATE = '1800-01-01';

const RESIDENT_ID_MESSAGES: Record<ResidentIdFailure, string> = {
  format: '身份证号应为18位，前17位是数字，最后一位是数字或X。',
  province: '身份证号开头的地区代码不对，请核对后重新输入。',
  birth_date: '身份证号里的出生日期不对，请核对后重新输入。',
  check_digit: '身份证号最后一位（校验位）对不上，请检查是否输错了数字。',
};

export function normalizeResidentId(raw: string): string {
  return removeWhitespace(toHalfWidth(raw)).toUpperCase();
}

/** The 18th character of an ID number whose first 17 digits are given. */
export function residentIdCheckChar(first17Digits: string): string {
  if (!/^\d{17}$/.test(first17Digits)) throw new RangeError('Expected the first 17 digits of an ID number');
  let sum = 0;
  for (let i = 0; i < RESIDENT_ID_WEIGHTS.length; i++) {
    sum += Number(first17Digits[i]) * RESIDENT_ID_WEIGHTS[i];
  }
  return RESIDENT_ID_CHECK_CHARS[sum % 11];
}

function residentIdFailure(reason: ResidentIdFailure): ResidentIdValidation {
  return { ok: false, reason, message: RESIDENT_ID_MESSAGES[reason] };
}

/** Validates a GB 11643-1999 ID number; `today` ('YYYY-MM-DD') defaults to today in Shanghai. */
export function validateResidentId(raw: string, today: string = shanghaiDate()): ResidentIdValidation {
  if (!isValidDateString(today)) throw new RangeError(`Not a YYYY-MM-DD date: ${today}`);
  const value = normalizeResidentId(raw);
  if (!RESIDENT_ID_PATTERN.test(value)) return residentIdFailure('format');

  const provinceCode = value.slice(0, 2);
  if (!isProvinceCode(provinceCode)) return residentIdFailure('province');

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isValidDateString(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return residentIdFailure('birth_date');
  }

  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return residentIdFailure('check_digit');

  const gender: Gender = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, gender, provinceCode };
}

/** Age in full years (周岁) on `onDate`; both dates 'YYYY-MM-DD'. Born on 29 February: a year older on 1 March. */
export function ageOn(birthDate: string, onDate: string): number {
  for (const date of [birthDate, onDate]) {
    if (!isValidDateString(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const hadBirthday = onDate.slice(5) >= birthDate.slice(5);
  return hadBirthday ? years : years - 1;
}

/** Shows the first 4 and last 4 characters: `3701**********123X`. */
export function maskResidentId(id: string): string {
  return maskMiddle(normalizeResidentId(id), 4, 4);
}
