import { ConfigContext, parseKey } from './env';

/** The personal-data slice: the key of ID-number encryption reaches PiiService alone. */
export interface PiiConfig {
  /** 32-byte key for AES-256-GCM encryption of ID numbers (and, derived from it, their look-up hash). */
  key: Buffer;
}

export const PII_CONFIG = Symbol('PII_CONFIG');

export function parsePiiConfig(ctx: ConfigContext): PiiConfig {
  let raw = ctx.env.PII_KEY ?? '';
  if (!raw) {
    if (ctx.production) ctx.problems.push('PII_KEY 未设置（生产环境必须提供32字节密钥：64位十六进制或 base64）');
    else raw = ctx.devSecret('piiKey');
  }
  const key = parseKey(raw);
  if (raw && !key) ctx.problems.push('PII_KEY 必须是32字节的密钥：64位十六进制字符，或 base64 编码');
  return { key: key as Buffer };
}
