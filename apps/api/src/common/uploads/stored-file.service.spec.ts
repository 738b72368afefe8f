import { detectFileType } from './stored-file.service';

describe(detectFileType.name, () => {
  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'image/jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], 'application/pdf'],
    ['WEBP', [...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')], 'image/webp'],
  ])('recognises %s by its first bytes', (_name, bytes, type) => {
    expect(detectFileType(Buffer.from(bytes))?.contentType).toBe(type);
  });

  it.each([
    ['a Windows program', Buffer.from('MZ\x90\x00')],
    ['an SVG (it can carry scripts)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['HTML', Buffer.from('<!doctype html>')],
    ['a GIF', Buffer.from('GIF89a')],
    ['a RIFF file that is not WEBP (WAV)', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')])],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, head) => {
    expect(detectFileType(head)).toBeNull();
  });
});
