import { base32Decode, base32Encode, hashRecoveryCode, matchTotp, newRecoveryCode, otpauthUrl, totpCode, totpStep } from './totp';

// RFC 6238 appendix B, SHA-1: the secret is the ASCII "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('totp', () => {
  it('answers the RFC 6238 test vectors (last 6 digits)', () => {
    expect(totpCode(RFC_SECRET, totpStep(new Date(59_000)))).toBe('287082');
    expect(totpCode(RFC_SECRET, totpStep(new Date(1111111109_000)))).toBe('081804');
    expect(totpCode(RFC_SECRET, totpStep(new Date(1234567890_000)))).toBe('005924');
    expect(totpCode(RFC_SECRET, totpStep(new Date(20000000000_000)))).toBe('353130');
  });

  it('round-trips base32', () => {
    expect(base32Decode(RFC_SECRET).toString()).toBe('12345678901234567890');
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('accepts a code one step either side of now, never a step already used, never a malformed code', () => {
    const at = new Date(1234567890_000);
    const step = totpStep(at);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at, 0)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), at, 0)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at, 0)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, '12345', at, 0)).toBeNull();
  });

  it('builds the otpauth:// URL authenticator apps read', () => {
    const url = new URL(otpauthUrl(RFC_SECRET, '工作人员7号', '菏泽零工'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(url.searchParams.get('period')).toBe('30');
  });

  it('hashes recovery codes however they are typed', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(hashRecoveryCode(code.toLowerCase().replace('-', ' '))).toBe(hashRecoveryCode(code));
  });
});
