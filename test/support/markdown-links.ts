import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A link found in a Markdown file: where it is, and what it points at. */
export interface MarkdownLink {
  line: number;
  target: string;
}

/** A link that does not resolve, said the way a reader would fix it. */
export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  problem: string;
}

/**
 * Fenced code blocks (and, unless `keepInline`, inline code) hold examples, not links or headings:
 * blank them out, keeping the lines.
 */
function withoutCode(markdown: string, keepInline = false): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const opening = /^\s*(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = undefined;
        return '';
      }
      if (opening) {
        fence = opening[1];
        return '';
      }
      return keepInline ? line : line.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

/** Inline links and images `[text](target "title")` and reference definitions `[label]: target`. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: index + 1, target: match[1] });
      const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(text);
      if (definition) links.push({ line: index + 1, target: definition[1] });
    });
  return links;
}

/** The text a heading renders to: links and images by their text, no code or emphasis markers, no HTML. */
function renderedHeading(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/**
 * GitHub's heading anchor (github-slugger): lower case, every character that is not a letter, digit,
 * mark, connector, space or hyphen removed, spaces to hyphens. Chinese characters are letters and stay.
 */
export function githubSlug(heading: string): string {
  return renderedHeading(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings, repeated ones numbered as GitHub does (`-1`, `-2`). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(markdown, true).split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = githubSlug(heading[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  return anchors;
}

/** README.md and every Markdown file under docs/, relative to the root. */
export function documentationFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.md')) files.push(relative(root, path));
    }
  };
  visit(join(root, 'docs'));
  return ['README.md', ...files];
}

/**
 * Every relative link of the given files that does not resolve: a missing file, or an `#anchor` that
 * is no heading of the Markdown file it points into. Links to the web (`https:`, `mailto:`…) are not
 * followed. `read` lets a test check files that exist only in memory.
 */
export function brokenLinks(root: string, files: string[], read: (path: string) => string | undefined = readIfExists): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const source = resolve(root, file);
    const markdown = read(source);
    if (markdown === undefined) throw new Error(`${file} does not exist`);
    for (const { line, target } of markdownLinks(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const hashAt = target.indexOf('#');
      const pathPart = decodeURIComponent(hashAt < 0 ? target : target.slice(0, hashAt));
      const anchor = hashAt < 0 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
      const path = pathPart ? resolve(dirname(source), pathPart) : source;
      const say = (problem: string) => broken.push({ file, line, target, problem });
      if (pathPart.startsWith('/')) {
        say('absolute paths do not resolve on GitHub: write the path relative to this file');
        continue;
      }
      const isDirectory = existsSync(path) && statSync(path).isDirectory();
      const content = isDirectory ? undefined : read(path);
      if (!isDirectory && content === undefined) {
        say(`${relative(root, path)} does not exist`);
        continue;
      }
      if (anchor === undefined) continue;
      if (!path.endsWith('.md') || content === undefined) {
        if (!/^L\d+(-L\d+)?$/.test(anchor)) say(`#${anchor} can only point at a line (#L12) of a file that is not Markdown`);
        continue;
      }
      if (!headingAnchors(content).has(anchor)) say(`${relative(root, path)} has no heading whose anchor is #${anchor}`);
    }
  }
  return broken;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}
