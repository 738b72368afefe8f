// `npm run lint`: the import boundaries of docs/architecture.md (rules in .dependency-cruiser.cjs,
// the module-cycle check in scripts/lint-rules.mjs). Exits 1 when any is broken.
//
//   node scripts/lint.mjs [--json] [--out FILE]
//
// --json prints the violations as JSON; --out also writes the text report to FILE.
import { writeFileSync } from 'node:fs';
import { lintTree } from './lint-rules.mjs';

const args = process.argv.slice(2);
const violations = await lintTree();

const lines = [];
for (const v of violations) {
  if (v.rule === 'no-module-cycle') {
    lines.push(`no-module-cycle: ${v.cycle.join(', ')} depend on each other, through:`);
    for (const tie of v.ties) lines.push(`    ${tie.edge}`, ...tie.imports.map((line) => `        ${line}`));
  } else {
    lines.push(`${v.rule}: ${v.from} → ${v.to}`);
  }
}
const counts = new Map();
for (const v of violations) counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
const summary =
  violations.length === 0
    ? 'lint: no import-boundary violations'
    : `lint: ${violations.length} import-boundary violations (${[...counts].map(([rule, n]) => `${rule} ${n}`).join(', ')}); ` +
      'the rules and their reasons are in .dependency-cruiser.cjs and docs/architecture.md';
lines.push(summary);

if (args.includes('--out')) writeFileSync(args[args.indexOf('--out') + 1], `${lines.join('\n')}\n`);
if (args.includes('--json')) {
  console.log(JSON.stringify(violations, null, 2));
  console.error(summary);
} else {
  console.log(lines.join('\n'));
}
process.exit(violations.length > 0 ? 1 : 0);
