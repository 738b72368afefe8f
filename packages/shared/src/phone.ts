import { maskMiddle, removeWhitespace, toHalfWidth } from './text';

const MAINLAND_MOBILE_PATTERN = /^1[3-9]\d{9}$/;
const COUNTRY_PREFIX_PATTERN = /^(?:\+86|0086|86(?=\d{11}$))/;

/** The 11-digit mainland mobile number, or null. */
export function normalizeMobile(raw: string): string | null {
  const digits = removeWhitespace(toHalfWidth(raw)).replace(/-/g, '').replace(COUNTRY_PREFIX_PATTERN, '');
  return MAINLAND_MOBILE_PATTERN.test(digits) ? digits : null;
}

/** `138****5678`; anything that is not a mobile number keeps only its first 3 and last 4 characters. */
export function maskMobile(mobile: string): string {
  return maskMiddle(normalizeMobile(mobile) ?? removeWhitespace(mobile), 3, 4);
}

const LANDLINE_PATTERN = /^0\d{2,3}-?\d{7,8}$/;
const SERVICE_NUMBER_PATTERN = /^(?:400-?\d{3}-?\d{4}|1\d{4})$/;

/**
 * A number the public may call at a market or a service desk: a mobile, a landline with its area
 * code (`0530-5611234`), a 400 number or a five-digit hotline such as 12333.
 */
export function isServicePhone(raw: string): boolean {
  if (normalizeMobile(raw)) return true;
  const compact = removeWhitespace(toHalfWidth(raw));
  return LANDLINE_PATTERN.test(compact) || SERVICE_NUMBER_PATTERN.test(compact);
}
