import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The import-boundary lint step (scripts/lint-rules.mjs with .dependency-cruiser.cjs), run on small trees
// laid out like this repository: a tree that keeps the rules passes, and each kind of violation,
// added alone to that tree, fails it.

const LINT_RULES = join(__dirname, '..', 'scripts', 'lint-rules.mjs');

type Files = Record<string, string>;
interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

// Every kind of import the rules allow: composition files reaching everything, a module asking
// another module's service, infrastructure below the modules, the browser suites using the API's
// test harness, both apps using packages/shared.
const allowed: Files = {
  'apps/api/src/main.ts': "import { AppModule } from './app.module';\nexport const app = AppModule;\n",
  'apps/api/src/app.module.ts':
    "import { entities } from './database/entities';\nimport { HiresService } from './hires/hires.service';\nexport const AppModule = { entities, HiresService };\n",
  'apps/api/src/database/entities.ts':
    "import { User } from '../users/user.entity';\nimport { Posting } from '../postings/posting.entity';\nimport { Hire } from '../hires/hire.entity';\nexport const entities = [User, Posting, Hire];\n",
  'apps/api/src/database/migrations/1764290000000-Foundation.ts': "import { User } from '../../users/user.entity';\nexport const table = User.name;\n",
  'apps/api/src/database/seeds/demo.ts': "import { Posting } from '../../postings/posting.entity';\nexport const seed = Posting.name;\n",
  'apps/api/src/database/transaction.ts': "import { now } from '../common/clock';\nexport const tx = now;\n",
  'apps/api/src/common/clock.ts': 'export const now = () => new Date();\n',
  'apps/api/src/users/user.entity.ts': 'export class User {}\n',
  'apps/api/src/users/user.repository.ts': "import { User } from './user.entity';\nexport class UserRepository { model = User; }\n",
  'apps/api/src/users/users.service.ts':
    "import { UserRepository } from './user.repository';\nimport { now } from '../common/clock';\nexport class UsersService { users = new UserRepository(); at = now; }\n",
  'apps/api/src/postings/posting.entity.ts': 'export class Posting {}\n',
  'apps/api/src/postings/postings.service.ts':
    "import { Posting } from './posting.entity';\nimport { UsersService } from '../users/users.service';\nexport class PostingsService { model = Posting; users = new UsersService(); }\n",
  'apps/api/src/hires/hire.entity.ts': 'export class Hire {}\n',
  'apps/api/src/hires/dto/hire.dto.ts': "import { Hire } from '../hire.entity';\nexport type HireDto = Hire;\n",
  'apps/api/src/hires/hires.service.ts':
    "import { Hire } from './hire.entity';\nimport { PostingsService } from '../postings/postings.service';\nexport class HiresService { model = Hire; postings = new PostingsService(); }\n",
  'apps/api/test/support/test-app.ts': "import { HiresService } from '../../src/hires/hires.service';\nexport const bootTestApp = () => new HiresService();\n",
  'apps/miniapp/src/pages/index.tsx': "import { label } from '../../../../packages/shared/src/index';\nexport const page = label;\n",
  'apps/miniapp/test/browser.e2e-spec.ts': "import { bootTestApp } from '../../api/test/support/test-app';\nexport const boot = bootTestApp;\n",
  'packages/shared/src/index.ts': "export { label } from './labels';\n",
  'packages/shared/src/labels.ts': "export const label = '零工';\n",
};

const parent = mkdtempSync(join(tmpdir(), 'lint-rules-'));
afterAll(() => {
  if (!process.env.KEEP_LINT_FIXTURES) rmSync(parent, { recursive: true, force: true });
});

/** Lays out the allowed tree with `changes` over it, in a folder of its own. */
function tree(name: string, changes: Files): string {
  const root = join(parent, name);
  for (const [path, text] of Object.entries({ ...allowed, ...changes })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Lints every tree in one node process (loading TypeScript once), as `npm run lint` lints the repository. */
function lintTrees(roots: Record<string, string>): Promise<Record<string, Violation[]>> {
  const script = [
    `import { lintTree } from ${JSON.stringify(pathToFileURL(LINT_RULES).href)};`,
    'const roots = JSON.parse(process.argv[1]);',
    'const found = {};',
    'for (const [name, root] of Object.entries(roots)) found[name] = await lintTree(root);',
    'console.log(JSON.stringify(found));',
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(roots)], (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as Record<string, Violation[]>);
    });
  });
}

const changes = {
  allowed: {},
  foreignEntity: {
    'apps/api/src/hires/hires.service.ts':
      "import { Hire } from './hire.entity';\nimport { Posting } from '../postings/posting.entity';\nexport class HiresService { models = [Hire, Posting]; }\n",
  },
  foreignEntityType: {
    'apps/api/src/hires/hire-view.ts': "import type { User } from '../users/user.entity';\nexport type Worker = User;\n",
  },
  foreignRepository: {
    'apps/api/src/postings/postings.module.ts': "import { UserRepository } from '../users/user.repository';\nexport const providers = [UserRepository];\n",
  },
  moduleCycle: {
    // users → hires, while hires → postings → users: a cycle between the modules, none between files.
    'apps/api/src/users/users-report.ts': "import { HiresService } from '../hires/hires.service';\nexport const report = HiresService;\n",
  },
  infrastructureToDomain: {
    'apps/api/src/common/current-user.ts': "import { UsersService } from '../users/users.service';\nexport const current = UsersService;\n",
  },
  specAcrossModules: {
    // A unit spec in common/ checking every module's answers: no code imports it, so it adds no
    // dependency (no infrastructure-to-domain import, no cycle through common/).
    'apps/api/src/common/response-contracts.spec.ts':
      "import { UsersService } from '../users/users.service';\nimport type { HireDto } from '../hires/dto/hire.dto';\nexport const checked: [unknown, HireDto?] = [UsersService];\n",
  },
  foreignEntityInSpec: {
    'apps/api/src/postings/postings.service.spec.ts': "import { Hire } from '../hires/hire.entity';\nexport const fixture = new Hire();\n",
  },
  rootImport: {
    'apps/api/src/postings/everything.ts': "import { entities } from '../database/entities';\nexport const all = entities;\n",
  },
  miniappToApi: {
    'apps/miniapp/src/pages/index.tsx': "import { User } from '../../../api/src/users/user.entity';\nexport const page = User;\n",
  },
  browserSuiteToApiCode: {
    'apps/miniapp/test/staff.e2e-spec.ts': "import { User } from '../../api/src/users/user.entity';\nexport const model = User;\n",
  },
  apiToMiniapp: {
    'apps/api/src/postings/page.ts': "import { page } from '../../../miniapp/src/pages/index';\nexport const view = page;\n",
  },
  sharedToApp: {
    'packages/shared/src/labels.ts': "import { page } from '../../../apps/miniapp/src/pages/index';\nexport const label = String(page);\n",
  },
  sharedToAppPackage: {
    'packages/shared/src/labels.ts': "import { AppModule } from '@lingong/api';\nexport const label = String(AppModule);\n",
  },
};

let found: Record<keyof typeof changes, Violation[]>;
beforeAll(async () => {
  const names = Object.keys(changes) as (keyof typeof changes)[];
  found = await lintTrees(Object.fromEntries(names.map((name) => [name, tree(name, changes[name])])));
}, 20000);

const rules = (violations: Violation[]) => violations.map((v) => v.rule);

// `npm run lint` exits 1 exactly when lintTree finds a violation (scripts/lint.mjs).
describe('the import-boundary lint step', () => {
  it('passes a tree that keeps the rules (database/entities.ts, migrations and seeds import every entity)', () => {
    expect(found.allowed).toEqual([]);
  });

  it("fails on a module importing another module's entity", () => {
    expect(found.foreignEntity).toEqual([
      { rule: 'no-foreign-entity', from: 'apps/api/src/hires/hires.service.ts', to: 'apps/api/src/postings/posting.entity.ts' },
    ]);
  });

  it("fails on a type-only import of another module's entity", () => {
    expect(found.foreignEntityType).toEqual([{ rule: 'no-foreign-entity', from: 'apps/api/src/hires/hire-view.ts', to: 'apps/api/src/users/user.entity.ts' }]);
  });

  it("fails on a module importing another module's repository", () => {
    expect(found.foreignRepository).toEqual([
      { rule: 'no-foreign-entity', from: 'apps/api/src/postings/postings.module.ts', to: 'apps/api/src/users/user.repository.ts' },
    ]);
  });

  it('fails on a cycle between modules that no file-level cycle shows', () => {
    expect(found.moduleCycle).toEqual([
      expect.objectContaining({
        rule: 'no-module-cycle',
        cycle: ['hires', 'postings', 'users'],
        ties: expect.arrayContaining([{ edge: 'users → hires', imports: ['apps/api/src/users/users-report.ts → apps/api/src/hires/hires.service.ts'] }]),
      }),
    ]);
  });

  it('fails on common/, config/ or database/ importing a domain module', () => {
    expect(found.infrastructureToDomain).toContainEqual({
      rule: 'no-infrastructure-to-domain',
      from: 'apps/api/src/common/current-user.ts',
      to: 'apps/api/src/users/users.service.ts',
    });
    // users already imports common/, so this import also closes a cycle between the two.
    expect(rules(found.infrastructureToDomain).sort()).toEqual(['no-infrastructure-to-domain', 'no-module-cycle']);
  });

  it("lets a unit spec import other modules' code, and only their code", () => {
    expect(found.specAcrossModules).toEqual([]);
    expect(found.foreignEntityInSpec).toEqual([
      { rule: 'no-foreign-entity', from: 'apps/api/src/postings/postings.service.spec.ts', to: 'apps/api/src/hires/hire.entity.ts' },
    ]);
  });

  it('fails on a module importing a composition file', () => {
    expect(rules(found.rootImport)).toEqual(['no-import-of-root']);
  });

  it('fails on the mini-program importing the API', () => {
    expect(found.miniappToApi).toEqual([{ rule: 'no-miniapp-to-api', from: 'apps/miniapp/src/pages/index.tsx', to: 'apps/api/src/users/user.entity.ts' }]);
  });

  it("fails on a browser suite importing the API's code rather than its test harness", () => {
    expect(rules(found.browserSuiteToApiCode)).toEqual(['no-browser-suite-to-api-internals']);
  });

  it('fails on the API importing the mini-program', () => {
    expect(rules(found.apiToMiniapp)).toEqual(['no-api-to-miniapp']);
  });

  it('fails on packages/shared importing an app, by path or by package name', () => {
    expect(found.sharedToApp).toEqual([{ rule: 'no-shared-to-app', from: 'packages/shared/src/labels.ts', to: 'apps/miniapp/src/pages/index.tsx' }]);
    expect(rules(found.sharedToAppPackage)).toEqual(['no-shared-unresolvable']);
  });
});
