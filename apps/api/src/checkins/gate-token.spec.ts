import { isWechatScene } from '@lingong/shared';
import { GateTokenCodec } from './gate-token';

describe(GateTokenCodec.name, () => {
  const key = Buffer.alloc(32, 7);
  const sut = new GateTokenCodec(key, 10);
  const now = new Date('2026-11-28T21:30:00Z'); // 05:30 in Heze
  const inAMinute = now.getTime() / 1000 + 60;

  it('signs a rotating code that fits WeChat’s scene and reads it back', () => {
    const token = sut.sign({ kind: 'rotating', marketId: 2_000_000_000, expiresAt: 4_102_444_800 });
    expect(token.length).toBeLessThanOrEqual(32);
    expect(isWechatScene(token)).toBe(true);
    expect(sut.verify(token, now)).toEqual({ ok: true, claims: { kind: 'rotating', marketId: 2_000_000_000, expiresAt: 4_102_444_800 } });
  });

  it('reads poster and resume tokens, the resume one with its user', () => {
    const poster = sut.sign({ kind: 'poster', marketId: 12, expiresAt: inAMinute });
    expect(sut.verify(poster, now)).toEqual({ ok: true, claims: { kind: 'poster', marketId: 12, expiresAt: inAMinute } });
    const resume = sut.sign({ kind: 'poster', marketId: 12, expiresAt: inAMinute, userId: 99 });
    expect(resume.startsWith('v')).toBe(true);
    expect(sut.verify(resume, now)).toEqual({ ok: true, claims: { kind: 'poster', marketId: 12, expiresAt: inAMinute, userId: 99 } });
  });

  it('accepts a code within the grace after expiry, and refuses it after', () => {
    const token = sut.sign({ kind: 'rotating', marketId: 3, expiresAt: inAMinute });
    expect(sut.verify(token, new Date((inAMinute + 10) * 1000)).ok).toBe(true);
    expect(sut.verify(token, new Date((inAMinute + 11) * 1000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose market, expiry, kind or mac was changed', () => {
    const token = sut.sign({ kind: 'rotating', marketId: 3, expiresAt: inAMinute });
    const [head, expiry, mac] = token.split('.');
    const tampered = [
      `r4.${expiry}.${mac}`,
      `${head}.${(inAMinute + 3600).toString(36)}.${mac}`,
      `p${head.slice(1)}.${expiry}.${mac}`,
      `${head}.${expiry}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `u${head.slice(1)}.${expiry}.1.${mac}`,
    ];
    for (const t of tampered) expect(sut.verify(t, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a token signed with another key, even an expired one, as invalid', () => {
    const other = new GateTokenCodec(Buffer.alloc(32, 8), 10);
    expect(sut.verify(other.sign({ kind: 'rotating', marketId: 3, expiresAt: inAMinute }), now)).toEqual({ ok: false, reason: 'invalid' });
    expect(sut.verify(other.sign({ kind: 'rotating', marketId: 3, expiresAt: 1 }), now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each(['', 'hello', 'r1.zz', 'r1.zz.AAAAAAAAAAAA.x', 'x1.zz.AAAAAAAAAAAA', `r1.${'z'.repeat(9)}.AAAAAAAAAAAA`])(
    'refuses the malformed token %p',
    (token) => {
      expect(sut.verify(token, now)).toEqual({ ok: false, reason: 'invalid' });
    },
  );
});
