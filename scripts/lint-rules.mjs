// The import boundaries of docs/architecture.md. dependency-cruiser checks the file-level rules of
// .dependency-cruiser.cjs; this module adds the module-level one: the modules of apps/api/src (its
// top-level folders) depend on each other without a cycle. A file-level cycle check misses most of
// those: postings/a.ts → hires/b.ts and hires/c.ts → postings/d.ts is a cycle between the modules
// with none between the files. `npm run lint` (scripts/lint.mjs) runs it on this repository,
// test/lint-rules.spec.ts on small trees laid out like it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['apps', 'packages'];
const MODULE = /^apps\/api\/src\/([^/]+)\//;
// Unit specs: no code imports them, so they add no dependency between modules.
const SPEC = /\.spec\.tsx?$/;

const config = createRequire(import.meta.url)(join(REPO, '.dependency-cruiser.cjs'));
// The composition files (main, app.module, the entity list, migrations, seeds) are the ones the
// no-import-of-root rule names: they wire the modules together and take no part in the module graph.
const rootFiles = new RegExp(config.forbidden.find((rule) => rule.name === 'no-import-of-root').to.path);

/**
 * Every violation in the tree at `root`: `{ rule, from, to }` for the file-level rules, and for
 * no-module-cycle also `cycle` (the modules, sorted) and `ties` (the imports between them).
 */
export async function lintTree(root = REPO) {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { modules, violations } = await cruiseTree();
    return [...violations, ...moduleCycles(modules)];
  } finally {
    process.chdir(previous);
  }
}

async function cruiseTree() {
  const { tsConfig, ...options } = config.options;
  const withTsConfig = Boolean(tsConfig) && existsSync(tsConfig.fileName);
  const result = await cruise(
    SCANNED.filter((dir) => existsSync(dir)),
    { ...options, ...(withTsConfig ? { tsConfig } : {}), validate: true, ruleSet: { forbidden: config.forbidden }, outputType: 'json' },
    {},
    withTsConfig ? { tsConfig: extractTSConfig(tsConfig.fileName) } : {},
  );
  const { modules, summary } = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
  return { modules, violations: summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })) };
}

/** Every strongly connected set of two or more modules, with the imports that tie it together. */
function moduleCycles(modules) {
  const graph = new Map(); // module → modules it imports
  const imports = new Map(); // "from to" → the file imports behind that edge
  const moduleOf = (file) => (rootFiles.test(file) ? undefined : MODULE.exec(file)?.[1]);
  for (const file of modules) {
    const from = SPEC.test(file.source) ? undefined : moduleOf(file.source);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const dependency of file.dependencies) {
      const to = moduleOf(dependency.resolved);
      if (!to || to === from) continue;
      graph.get(from).add(to);
      const key = `${from} ${to}`;
      if (!imports.has(key)) imports.set(key, []);
      imports.get(key).push(`${file.source} → ${dependency.resolved}`);
    }
  }
  return stronglyConnected(graph)
    .filter((set) => set.length > 1)
    .map((cycle) => {
      const members = new Set(cycle);
      const ties = [...imports]
        .filter(([key]) => key.split(' ').every((name) => members.has(name)))
        .map(([key, files]) => ({ edge: key.replace(' ', ' → '), imports: files }));
      return { rule: 'no-module-cycle', from: cycle.join(', '), to: cycle.join(', '), cycle, ties };
    });
}

/** Tarjan's algorithm; each set sorted, the sets in a stable order. */
function stronglyConnected(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const sets = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const set = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        set.push(member);
      } while (member !== node);
      sets.push(set.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return sets.sort((a, b) => a[0].localeCompare(b[0]));
}
