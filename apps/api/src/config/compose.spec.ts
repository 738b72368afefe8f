import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

// No Docker engine runs where the tests run, so docker/compose.yaml is checked here instead: the
// environment it gives the API (with each `${VAR:?…}` filled in as an operator's .env would) must
// pass the same production configuration check the API runs when it starts.
const compose = readFileSync(join(__dirname, '..', '..', '..', '..', 'docker', 'compose.yaml'), 'utf8');

const OPERATOR_ENV: Record<string, string> = {
  MYSQL_PASSWORD: 'a-database-password',
  JWT_SECRET: 'a-production-jwt-secret-of-at-least-32-chars',
  PII_KEY: 'ab'.repeat(32),
  WECHAT_APPID: 'wx0123456789abcdef',
  WECHAT_SECRET: 'the-wechat-app-secret',
  INSURER_API_BASE: 'https://insurer.example/api',
  INSURER_API_KEY: 'insurer-key',
  GATE_QR_URL_BASE: 'https://lingong.heze.gov.cn/checkin',
};

/** The `environment: &api-env` block, as KEY → value with `${VAR...}` substituted from the operator's env. */
function apiEnvironment(): Record<string, string> {
  const block = /environment: &api-env\n((?: {6}\S.*\n)+)/.exec(compose);
  if (!block) throw new Error('compose.yaml has no `environment: &api-env` block');
  const env: Record<string, string> = {};
  for (const line of block[1].trimEnd().split('\n')) {
    const [, key, raw] = /^\s+([A-Z_]+):\s*(.*)$/.exec(line) ?? [];
    if (!key) throw new Error(`unreadable line in api-env: ${line}`);
    env[key] = raw.replace(/^'|'$/g, '').replace(/\$\{([A-Z_]+)(?::[?-][^}]*)?\}/g, (_, name: string) => {
      if (!(name in OPERATOR_ENV)) throw new Error(`compose.yaml reads ${name}, which this check does not know`);
      return OPERATOR_ENV[name];
    });
  }
  return env;
}

describe('docker/compose.yaml', () => {
  it('gives the API an environment that passes the production configuration check', () => {
    const env = apiEnvironment();
    expect(env.NODE_ENV).toBe('production');
    let problems: string[] = [];
    try {
      loadConfig(env, '/app');
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([]);
  });

  it('keeps uploaded evidence on a volume, not in the container', () => {
    expect(apiEnvironment().EVIDENCE_DIR).toBe('/app/evidence');
    expect(compose).toMatch(/- evidence:\/app\/evidence/);
  });
});
