import { ConfigContext, isHttpUrl, parseInteger } from './env';

/** The WeChat API slice: the mini-program's AppSecret reaches the WeChat client alone. */
export interface WechatConfig {
  apiBase: string;
  appId: string;
  secret: string;
  timeoutMs: number;
  /** Which version of the mini-program a subscribe message opens: the released one in production only. */
  miniprogramState: 'formal' | 'developer';
}

export const WECHAT_CONFIG = Symbol('WECHAT_CONFIG');

export function parseWechatConfig(ctx: ConfigContext): WechatConfig {
  const { env, problems, production } = ctx;
  const apiBase = (env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com').replace(/\/+$/, '');
  if (!isHttpUrl(apiBase)) problems.push(`WECHAT_API_BASE 不是有效的 http(s) 地址："${apiBase}"`);
  const appId = env.WECHAT_APPID ?? '';
  const secret = env.WECHAT_SECRET ?? '';
  if (production && !appId) problems.push('WECHAT_APPID 未设置（生产环境必须提供小程序 AppID）');
  if (production && !secret) problems.push('WECHAT_SECRET 未设置（生产环境必须提供小程序 AppSecret）');
  const timeoutMs = parseInteger(env.WECHAT_TIMEOUT_MS, 5000, 'WECHAT_TIMEOUT_MS', 100, 60000, problems);
  return { apiBase, appId, secret, timeoutMs, miniprogramState: production ? 'formal' : 'developer' };
}
