import { removeWhitespace, toHalfWidth } from './text';

/** GB 32100-2015 code characters; the index of each is its value (I, O, S, V and Z are not used). */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_CHAR_CLASS = '[0-9A-HJ-NPQRTUWXY]';
const CREDIT_CODE_PATTERN = new RegExp(`^${CREDIT_CODE_CHAR_CLASS}{18}$`);
const CREDIT_CODE_BODY_PATTERN = new RegExp(`^${CREDIT_CODE_CHAR_CLASS}{17}$`);
/** 3^(i-1) mod 31 */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeFailure = 'format' | 'checksum';

export type CreditCodeValidation = { ok: true; value: string } | { ok: false; reason: CreditCodeFailure; message: string };

const CREDIT_CODE_MESSAGES: Record<CreditCodeFailure, string> = {
  format: '统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、S、V、Z），请核对。',
  // Some lawful early pilot codes fail the checksum, so this failure goes to manual review.
  checksum: '统一社会信用代码最后一位（校验位）对不上，请核对；确认无误的，将转人工审核。',
};

export function normalizeCreditCode(raw: string): string {
  return removeWhitespace(toHalfWidth(raw)).toUpperCase();
}

/** The 18th character of a credit code whose first 17 characters are given. */
export function creditCodeCheckChar(first17Chars: string): string {
  if (!CREDIT_CODE_BODY_PATTERN.test(first17Chars)) {
    throw new RangeError('Expected the first 17 characters of a credit code');
  }
  let sum = 0;
  for (let i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
    sum += CREDIT_CODE_CHARS.indexOf(first17Chars[i]) * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

function creditCodeFailure(reason: CreditCodeFailure): CreditCodeValidation {
  return { ok: false, reason, message: CREDIT_CODE_MESSAGES[reason] };
}

/** A `checksum` failure may still be a lawful early code: send it to manual review rather than reject it. */
export function validateCreditCode(raw: string): CreditCodeValidation {
  const value = normalizeCreditCode(raw);
  if (!CREDIT_CODE_PATTERN.test(value)) return creditCodeFailure('format');
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return creditCodeFailure('checksum');
  return { ok: true, value };
}
