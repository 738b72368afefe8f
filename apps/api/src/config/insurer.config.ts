import { ConfigContext, isHttpUrl, parseInteger } from './env';

/**
 * The accident insurer's API (its key reaches the insurer client alone). `apiBase` 'embedded' runs
 * the in-repository insurer simulator inside the API (demo and development only).
 */
export interface InsurerConfig {
  apiBase: string;
  apiKey: string;
  timeoutMs: number;
}

export const INSURER_CONFIG = Symbol('INSURER_CONFIG');

export function parseInsurerConfig(ctx: ConfigContext): InsurerConfig {
  const { env, problems, production } = ctx;
  const apiBase = (env.INSURER_API_BASE ?? (production ? '' : 'embedded')).replace(/\/+$/, '');
  if (!apiBase) problems.push('INSURER_API_BASE 未设置（生产环境必须提供保险公司接口地址）');
  else if (apiBase === 'embedded' && production) problems.push('INSURER_API_BASE=embedded 只能用于演示和测试，生产环境必须提供保险公司接口地址');
  else if (apiBase !== 'embedded' && !isHttpUrl(apiBase)) problems.push(`INSURER_API_BASE 不是有效的 http(s) 地址，也不是 embedded："${apiBase}"`);
  const apiKey = env.INSURER_API_KEY ?? (production ? '' : 'dev-insurer-key');
  if (!apiKey) problems.push('INSURER_API_KEY 未设置（生产环境必须提供保险公司分配的接口密钥）');
  const timeoutMs = parseInteger(env.INSURER_TIMEOUT_MS, 5000, 'INSURER_TIMEOUT_MS', 100, 60000, problems);
  return { apiBase, apiKey, timeoutMs };
}
