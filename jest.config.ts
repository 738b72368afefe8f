import type { Config } from 'jest';

// One runner, four tiers: unit specs beside the code (shared, api-unit, miniapp component tests in
// jsdom), service specs (api-service: services on a real MariaDB database, no HTTP), and e2e suites
// that boot the real Nest app against a real MariaDB database (api-e2e, and the mini-program's
// browser suites: the H5 build in headless Chromium against that API).
const tsTransform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
} as const;

const sharedSource = { '^@lingong/shared$': '<rootDir>/../../packages/shared/src/index.ts' };

const config: Config = {
  projects: [
    {
      // Checks of the repository itself: documentation links, the import-boundary lint rule.
      displayName: 'repo',
      rootDir: '<rootDir>',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      transform: { ...tsTransform },
    },
    {
      displayName: 'shared',
      rootDir: '<rootDir>/packages/shared',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { ...tsTransform },
    },
    {
      displayName: 'api-unit',
      rootDir: '<rootDir>/apps/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { ...tsTransform },
      moduleNameMapper: sharedSource,
    },
    {
      displayName: 'api-e2e',
      rootDir: '<rootDir>/apps/api',
      testEnvironment: 'node',
      // The mini-program's browser tests share this project's database and setup.
      roots: ['<rootDir>', '<rootDir>/../miniapp/test'],
      testMatch: ['**/apps/api/test/**/*.e2e-spec.ts', '**/apps/miniapp/test/**/*.e2e-spec.ts'],
      transform: { ...tsTransform },
      moduleNameMapper: sharedSource,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      testTimeout: 30000,
    },
    {
      // Services against the real MariaDB database, without HTTP (apps/api/test/service/).
      displayName: 'api-service',
      rootDir: '<rootDir>/apps/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      transform: { ...tsTransform },
      moduleNameMapper: sharedSource,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      testTimeout: 30000,
    },
    {
      displayName: 'miniapp',
      rootDir: '<rootDir>/apps/miniapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.spec.ts?(x)'],
      testPathIgnorePatterns: ['\\.e2e-spec\\.ts$'],
      transform: { ...tsTransform },
      moduleNameMapper: {
        ...sharedSource,
        // Taro's components and APIs only run inside Taro's runtime: small stand-ins do here.
        '^@tarojs/components$': '<rootDir>/test/support/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/support/taro.ts',
        '\\.(s?css)$': '<rootDir>/test/support/style.js',
      },
    },
    {
      // The staff console's components in jsdom (apps/console/test/*.spec.tsx).
      displayName: 'console',
      rootDir: '<rootDir>/apps/console',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.spec.ts?(x)'],
      setupFiles: ['<rootDir>/test/setup.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
      moduleNameMapper: { ...sharedSource, '\\.css$': '<rootDir>/test/style.js' },
    },
  ],
};

export default config;
