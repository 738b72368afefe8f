import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootTestApp, TestApp } from './support/test-app';

// The API serves the staff console's build at /console/ (as `npm start` does), beside the API.
describe('The staff console served at /console/ (e2e)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-build-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>零工市场 · 工作人员管理后台</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    t = await bootTestApp({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the page and its assets, redirects /console to /console/, and leaves /api alone', async () => {
    const page = await t.http().get('/console/').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('工作人员管理后台');
    await t.http().get('/console/assets/app.js').expect(200);
    const redirect = await t.http().get('/console');
    expect([301, 302]).toContain(redirect.status);
    expect(redirect.headers.location).toBe('/console/');
    await t.http().get('/console/missing.js').expect(404);
    await t.http().get('/api/health').expect(200);
  });
});
