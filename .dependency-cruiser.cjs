// The import boundaries of docs/architecture.md, checked by `npm run lint` (scripts/lint.mjs).
// dependency-cruiser checks the rules below file by file; scripts/lint.mjs adds the one it cannot
// express, no cycle between modules (a module is a top-level folder of apps/api/src).

const API = '^apps/api/src/';
// Composition: these files wire the modules together and may import anything.
const ROOT_FILES =
  '^apps/api/src/(main\\.ts|bootstrap\\.ts|app\\.module\\.ts)$' +
  '|^apps/api/src/database/(entities\\.ts|data-source[^/]*|cli[^/]*|schema-check[^/]*|migrations|seeds)(/|$)';
const INFRASTRUCTURE = `${API}(common|config|database)/`;
// Unit specs are never imported by the code they test, so they add no dependency to a module: they may
// import any module's code (not its entities or repositories). scripts/lint-rules.mjs leaves them out
// of the module graph too.
const SPECS = '\\.spec\\.tsx?$';
// The mini-program's browser suites boot the API with its test harness (they run in the api-e2e
// jest project); that harness is the one part of apps/api they may use.
const MINIAPP_BROWSER_SUITES = '^apps/miniapp/test/(.+\\.e2e-spec\\.ts|support/h5\\.ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-foreign-entity',
      severity: 'error',
      comment:
        "A module's entities and repositories are its own: another module asks the owner's exported service " +
        '(docs/architecture.md, "One owner per table"). Only the composition files may import them.',
      from: { path: `${API}([^/]+)/`, pathNot: ROOT_FILES },
      to: { path: `${API}[^/]+/.*\\.(entity|repository)\\.ts$`, pathNot: `${API}$1/` },
    },
    {
      name: 'no-infrastructure-to-domain',
      severity: 'error',
      comment: 'common/, config/ and database/ sit below every domain module and import none of them.',
      from: { path: INFRASTRUCTURE, pathNot: [ROOT_FILES, SPECS] },
      to: { path: `${API}[^/]+/`, pathNot: [INFRASTRUCTURE] },
    },
    {
      name: 'no-import-of-root',
      severity: 'error',
      comment: 'No module imports a composition file (main, bootstrap, app.module, the entity list, migrations, seeds).',
      from: { path: `${API}[^/]+/`, pathNot: ROOT_FILES },
      to: { path: ROOT_FILES },
    },
    {
      name: 'no-miniapp-to-api',
      severity: 'error',
      comment: 'The mini-program talks to the API over HTTP and shares contracts through @lingong/shared only.',
      from: { path: '^apps/miniapp/', pathNot: MINIAPP_BROWSER_SUITES },
      to: { path: '^apps/api/' },
    },
    {
      name: 'no-browser-suite-to-api-internals',
      severity: 'error',
      comment: "The mini-program's browser suites use the API's test harness (apps/api/test/support), not its code.",
      from: { path: MINIAPP_BROWSER_SUITES },
      to: { path: '^apps/api/', pathNot: '^apps/api/test/support/' },
    },
    {
      name: 'no-api-to-miniapp',
      severity: 'error',
      comment: 'The API does not import the mini-program.',
      from: { path: '^apps/api/' },
      to: { path: '^apps/miniapp/' },
    },
    {
      name: 'no-shared-to-app',
      severity: 'error',
      comment: 'packages/shared is below both apps and imports neither.',
      from: { path: '^packages/shared/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-shared-unresolvable',
      severity: 'error',
      comment: 'packages/shared imports only its own files and its declared packages (an app is neither).',
      from: { path: '^packages/shared/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: "not even for a type".
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage|\\.data|\\.tools)/' },
    // The root tsconfig maps @lingong/shared to its sources, as each app's tsconfig does.
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
    skipAnalysisNotInRules: true,
  },
};
