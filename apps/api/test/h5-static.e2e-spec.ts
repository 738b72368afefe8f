import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { bootTestApp, type TestApp } from './support/test-app';

// The H5 build as a cheap phone on a slow network gets it: compressed, hashed files cached for good.
describe('H5 static serving', () => {
  let t: TestApp;
  let dir: string;
  const script = `console.log(${JSON.stringify('找活 '.repeat(2000))});`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'h5-static-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>菏泽零工市场</title>${'<!-- -->'.repeat(200)}`);
    writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), script);
    // The build's own brotli copy (scripts/taro-build.mjs), served as it is.
    writeFileSync(join(dir, 'js', 'vendor.5e6f7a8b.js'), script);
    writeFileSync(join(dir, 'js', 'vendor.5e6f7a8b.js.br'), brotliCompressSync(script));
    t = await bootTestApp({ H5_DIR: dir });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a hashed script compressed and immutable', async () => {
    const res = await t.http().get('/js/app.1a2b3c4d.js').set('accept-encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(script);
  });

  it('serves the build’s precompressed copy when there is one', async () => {
    const res = await t.http().get('/js/vendor.5e6f7a8b.js').set('accept-encoding', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The stored copy's bytes (supertest decodes them for the comparison below).
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(script).length);
    expect(res.text).toBe(script);
  });

  it('asks the browser to check index.html again on every open', async () => {
    const res = await t.http().get('/').set('accept-encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses an API answer for a client that accepts it, and not for one that does not', async () => {
    const zipped = await t.http().get('/api/docs-json').set('accept-encoding', 'gzip');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await t.http().get('/api/docs-json').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.text)).toEqual(zipped.body);
  });
});
