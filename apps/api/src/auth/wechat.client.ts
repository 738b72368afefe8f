import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@lingong/shared';
import { AppException } from '../common/app-exception';
import { WECHAT_CONFIG, WechatConfig } from '../config/wechat.config';

export interface WechatSession {
  openid: string;
  unionid?: string;
}

interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
}

/** WeChat's errcodes that a user can act on; anything else means WeChat could not serve us. */
const LOGIN_ERRORS: Record<number, ErrorCode> = {
  40029: 'AUTH.WECHAT_CODE_INVALID',
  40163: 'AUTH.WECHAT_CODE_INVALID',
  45011: 'AUTH.WECHAT_RATE_LIMITED',
  40226: 'AUTH.WECHAT_RISKY_USER',
  [-1]: 'AUTH.WECHAT_BUSY',
};
const TOKEN_EXPIRED = new Set([40001, 40014, 42001]);

/**
 * The server side of WeChat's mini-program APIs, at WECHAT_API_BASE so tests can run a local fake.
 * `session_key` is read and dropped here: it never reaches a client or a log.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);
  private accessToken?: { value: string; expiresAt: number };

  constructor(@Inject(WECHAT_CONFIG) private readonly config: WechatConfig) {}

  async code2Session(code: string): Promise<WechatSession> {
    const { appId, secret } = this.config;
    const answer = await this.call<WechatAnswer & { openid?: string; unionid?: string; session_key?: string }>(
      `/sns/jscode2session?${new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' })}`,
    );
    if (answer.errcode) throw this.mapError('jscode2session', answer, LOGIN_ERRORS);
    if (!answer.openid) throw this.unavailable('jscode2session answered without an openid');
    return { openid: answer.openid, unionid: answer.unionid || undefined };
  }

  /** The user's phone number from a getPhoneNumber button code (one use, five minutes). */
  async phoneNumber(code: string, retried = false): Promise<string> {
    const token = await this.getAccessToken(retried);
    const answer = await this.call<WechatAnswer & { phone_info?: { purePhoneNumber?: string } }>(
      `/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`,
      { code },
    );
    if (answer.errcode && TOKEN_EXPIRED.has(answer.errcode) && !retried) {
      this.accessToken = undefined;
      return this.phoneNumber(code, true);
    }
    if (answer.errcode) throw this.mapError('getuserphonenumber', answer, { ...LOGIN_ERRORS, 40029: 'AUTH.PHONE_CODE_INVALID' });
    const phone = answer.phone_info?.purePhoneNumber;
    if (!phone) throw this.unavailable('getuserphonenumber answered without a phone number');
    return phone;
  }

  /**
   * Sends a one-time subscribe message. Answers WeChat's errcode (0 when sent) instead of throwing for
   * the codes the sender handles (43101 no credit, 47003 bad data, 40003 bad openid); an unreachable
   * WeChat still throws AUTH.WECHAT_UNAVAILABLE.
   */
  async sendSubscribeMessage(
    message: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> },
    retried = false,
  ): Promise<{ errcode: number; errmsg?: string }> {
    const token = await this.getAccessToken(retried);
    const answer = await this.call<WechatAnswer>(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      ...message,
      miniprogram_state: this.config.miniprogramState,
      lang: 'zh_CN',
    });
    if (answer.errcode && TOKEN_EXPIRED.has(answer.errcode) && !retried) {
      this.accessToken = undefined;
      return this.sendSubscribeMessage(message, true);
    }
    return { errcode: answer.errcode ?? 0, errmsg: answer.errmsg };
  }

  private async getAccessToken(forceRefresh: boolean): Promise<string> {
    if (!forceRefresh && this.accessToken && this.accessToken.expiresAt > Date.now()) return this.accessToken.value;
    const { appId, secret } = this.config;
    const answer = await this.call<WechatAnswer & { access_token?: string; expires_in?: number }>(
      `/cgi-bin/token?${new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret })}`,
    );
    if (answer.errcode || !answer.access_token) throw this.mapError('token', answer, { [-1]: 'AUTH.WECHAT_BUSY' });
    // Refresh five minutes early: WeChat's tokens last 7200 s and an old one keeps working 5 minutes.
    const lifetime = Math.max(60, (answer.expires_in ?? 7200) - 300);
    this.accessToken = { value: answer.access_token, expiresAt: Date.now() + lifetime * 1000 };
    return answer.access_token;
  }

  private async call<T>(path: string, body?: unknown): Promise<T> {
    const url = `${this.config.apiBase}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      throw this.unavailable(`request to ${path.split('?')[0]} failed: ${(error as Error).name}`);
    }
    if (!response.ok) throw this.unavailable(`${path.split('?')[0]} answered HTTP ${response.status}`);
    try {
      return (await response.json()) as T;
    } catch {
      throw this.unavailable(`${path.split('?')[0]} answered something that is not JSON`);
    }
  }

  private mapError(api: string, answer: WechatAnswer, known: Record<number, ErrorCode>): AppException {
    const code = answer.errcode !== undefined ? known[answer.errcode] : undefined;
    if (code) return new AppException(code);
    return this.unavailable(`${api} errcode ${answer.errcode}: ${answer.errmsg ?? ''}`);
  }

  private unavailable(detail: string): AppException {
    this.logger.warn(`WeChat unavailable: ${detail}`);
    return new AppException('AUTH.WECHAT_UNAVAILABLE');
  }
}
