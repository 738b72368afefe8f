import { CHECKIN_PAGE, isWechatScene, maskPersonName } from './checkins';

describe('checkins', () => {
  it('accepts only what WeChat allows in a scene: 1-32 of its characters', () => {
    expect(isWechatScene('r1z.mb0z1c.AbCd-_Ef~GhIj')).toBe(true);
    expect(isWechatScene("!#$&'()*+,/:;=?@-._~")).toBe(true);
    expect(isWechatScene('x'.repeat(32))).toBe(true);
    expect(isWechatScene('x'.repeat(33))).toBe(false);
    expect(isWechatScene('')).toBe(false);
    expect(isWechatScene('a b')).toBe(false);
    expect(isWechatScene('签到')).toBe(false);
    expect(isWechatScene('a%20b')).toBe(false);
  });

  it('masks a name for the gate screen, keeping the first and last character', () => {
    expect(maskPersonName('李春生')).toBe('李*生');
    expect(maskPersonName('王芳')).toBe('王*');
    expect(maskPersonName('欧阳春花')).toBe('欧**花');
    expect(maskPersonName(' 张 ')).toBe('张');
  });

  it('names the mini-program check-in page', () => {
    expect(CHECKIN_PAGE).toBe('pages/checkin/index');
  });
});
