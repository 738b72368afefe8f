// Internal helpers for the normalisers and maskers; not part of the public API.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/** Chinese input methods in full-width mode type `１３８` and `Ｘ`: fold them to ASCII. */
export function toHalfWidth(value: string): string {
  let result = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) {
      result += String.fromCharCode(code - FULL_TO_HALF_SHIFT);
    } else {
      result += char === IDEOGRAPHIC_SPACE ? ' ' : char;
    }
  }
  return result;
}

export function removeWhitespace(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Keeps `keepStart` and `keepEnd` characters; a value too short to hide anything is hidden whole. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const hidden = value.length - keepStart - keepEnd;
  if (hidden <= 0) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(hidden) + value.slice(value.length - keepEnd);
}
