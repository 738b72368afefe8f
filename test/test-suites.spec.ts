import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SUITE_DIRS = ['apps/api/test', 'apps/miniapp/test'];

/** Every e2e suite (API and browser): they share apps/api/test/support/. */
function suites(): { path: string; text: string }[] {
  return SUITE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.e2e-spec.ts'))
      .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') })),
  );
}

describe('e2e suites', () => {
  it('are there to check', () => {
    expect(suites().length).toBeGreaterThan(10);
  });

  it('assert errors with the one shared expectError (apps/api/test/support/expect-error.ts), not a copy', () => {
    const copies = suites()
      .filter((s) => /function\s+expectError\b|const\s+expectError\s*=/.test(s.text))
      .map((s) => s.path);
    expect(copies).toEqual([]);
  });

  it('do not sleep to let time pass: they wait on a condition (waitFor, waitUntil, pageUntilShown) or move the data', () => {
    const sleeps = suites().flatMap((s) =>
      s.text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${s.path}:${i + 1}` }))
        .filter(({ line }) => /waitForTimeout\(|setTimeout\(\s*(r|resolve)\b|\bsleep\(/.test(line))
        .map(({ at, line }) => `${at} ${line}`),
    );
    expect(sleeps).toEqual([]);
  });
});
