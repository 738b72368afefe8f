import { statSync } from 'node:fs';
import { join } from 'node:path';
import { brokenLinks, documentationFiles, githubSlug, headingAnchors, markdownLinks } from './support/markdown-links';

const ROOT = join(__dirname, '..');
const README_MAX_BYTES = 10 * 1024;

describe('documentation', () => {
  it('keeps README.md to a page: at most 10 KB', () => {
    expect(statSync(join(ROOT, 'README.md')).size).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('links only to files that exist and to headings those files have', () => {
    const files = documentationFiles(ROOT);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/api.md', 'docs/architecture.md']));
    expect(brokenLinks(ROOT, files)).toEqual([]);
  });
});

describe('the link check itself', () => {
  it('makes anchors as GitHub does, Chinese headings included', () => {
    expect(githubSlug('Check-in at the gate (签到)')).toBe('check-in-at-the-gate-签到');
    expect(githubSlug('Complaints and the legal clock (投诉维权)')).toBe('complaints-and-the-legal-clock-投诉维权');
    expect(githubSlug('适老化')).toBe('适老化');
    expect(githubSlug('What `npm start` serves')).toBe('what-npm-start-serves');
    expect(githubSlug('Tab 「找活」：the first tab')).toBe('tab-找活the-first-tab');
    expect(githubSlug('The gate code ([checkin.md](checkin.md))')).toBe('the-gate-code-checkinmd');
    expect(githubSlug('`worker/`')).toBe('worker');
    expect([...headingAnchors('# Notes\n\n## Notes\n\n```\n# not a heading\n```\n## What `npm start` serves\n')]).toEqual([
      'notes',
      'notes-1',
      'what-npm-start-serves',
    ]);
  });

  it('finds links and images outside code, and reference definitions', () => {
    const markdown = ['See [a](a.md#x) and ![b](img/b.png "b").', '`[not](code.md)`', '```', '[not](fenced.md)', '```', '[ref]: docs/c.md'].join('\n');
    expect(markdownLinks(markdown)).toEqual([
      { line: 1, target: 'a.md#x' },
      { line: 1, target: 'img/b.png' },
      { line: 6, target: 'docs/c.md' },
    ]);
  });

  it('reports a missing file, a missing heading and a heading that is there', () => {
    const files: Record<string, string> = {
      [join(ROOT, 'virtual', 'index.md')]:
        '# Start\n\n[ok](other.md#投诉维权) [self](#start) [gone](missing.md) [no heading](other.md#nowhere) [web](https://example.cn/x.md)\n',
      [join(ROOT, 'virtual', 'other.md')]: '# 投诉维权\n',
    };
    const problems = brokenLinks(ROOT, ['virtual/index.md'], (path) => files[path]);
    expect(problems).toEqual([
      { file: 'virtual/index.md', line: 3, target: 'missing.md', problem: 'virtual/missing.md does not exist' },
      { file: 'virtual/index.md', line: 3, target: 'other.md#nowhere', problem: 'virtual/other.md has no heading whose anchor is #nowhere' },
    ]);
  });
});
