import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export const FAKE_APPID = 'wx_test_appid';
export const FAKE_SECRET = 'wx_test_secret';
export const FAKE_SESSION_KEY = 'FAKE_SESSION_KEY_must_never_leak';

/**
 * A local server that answers like WeChat's API for the calls the platform makes.
 * Login codes: `ok:<openid>` (or `ok:<openid>:<unionid>`) succeed; `bad` → 40029, `used` → 40163,
 * `limit` → 45011, `risky` → 40226, `busy` → -1, `broken` → HTTP 500, `slow` → no answer in time,
 * `weird` → an unknown errcode. Phone codes: `phone:<number>` succeed, `bad` → 40029.
 * Subscribe messages are kept in `subscribeMessages`; `subscribeErrors` forces an errcode per openid.
 */
export class FakeWechat {
  readonly requests: { path: string; query: URLSearchParams; body?: unknown }[] = [];
  tokensIssued = 0;
  /** When set, the next phone-number call answers "access_token expired" once. */
  expireTokenOnce = false;
  /** Subscribe messages WeChat accepted, in order. */
  readonly subscribeMessages: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }[] = [];
  /** errcode to answer for a given openid's subscribe messages (e.g. 43101: the user has no credit left). */
  readonly subscribeErrors = new Map<string, number>();
  private server?: Server;
  private currentToken = '';

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const body = raw ? JSON.parse(raw) : undefined;
    this.requests.push({ path: url.pathname, query: url.searchParams, body });
    const json = (value: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };

    if (url.pathname === '/sns/jscode2session') {
      if (url.searchParams.get('appid') !== FAKE_APPID || url.searchParams.get('secret') !== FAKE_SECRET) {
        return json({ errcode: 40013, errmsg: 'invalid appid' });
      }
      const code = url.searchParams.get('js_code') ?? '';
      if (code.startsWith('ok:')) {
        const [, openid, unionid] = code.split(':');
        // errcode is absent on success, as WeChat does.
        return json({ openid, session_key: FAKE_SESSION_KEY, ...(unionid ? { unionid } : {}) });
      }
      const errors: Record<string, number> = { bad: 40029, used: 40163, limit: 45011, risky: 40226, busy: -1, weird: 99999 };
      if (code === 'broken') {
        res.writeHead(500, { 'content-type': 'text/html' });
        return void res.end('<html>oops</html>');
      }
      if (code === 'slow') return void setTimeout(() => json({ openid: 'late', session_key: FAKE_SESSION_KEY }), 3000).unref();
      return json({ errcode: errors[code] ?? 40029, errmsg: 'fake error' });
    }

    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== FAKE_APPID || url.searchParams.get('secret') !== FAKE_SECRET) {
        return json({ errcode: 40013, errmsg: 'invalid appid' });
      }
      this.tokensIssued += 1;
      this.currentToken = `token-${this.tokensIssued}`;
      return json({ access_token: this.currentToken, expires_in: 7200 });
    }

    if (url.pathname === '/wxa/business/getuserphonenumber') {
      if (this.expireTokenOnce || url.searchParams.get('access_token') !== this.currentToken) {
        this.expireTokenOnce = false;
        return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      }
      const code = (body as { code?: string } | undefined)?.code ?? '';
      if (code.startsWith('phone:')) {
        const phone = code.slice('phone:'.length);
        return json({ errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86' } });
      }
      return json({ errcode: 40029, errmsg: 'invalid code' });
    }

    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      if (url.searchParams.get('access_token') !== this.currentToken) return json({ errcode: 40001, errmsg: 'invalid credential' });
      const message = body as FakeWechat['subscribeMessages'][number];
      const forced = this.subscribeErrors.get(message?.touser ?? '');
      if (forced) return json({ errcode: forced, errmsg: forced === 43101 ? 'user refuse to accept the msg' : 'fake error' });
      // WeChat's field limits: thing ≤ 20, phrase ≤ 5, name ≤ 10 characters (47003 otherwise).
      const limits: Record<string, number> = { thing: 20, phrase: 5, name: 10 };
      for (const [key, field] of Object.entries(message?.data ?? {})) {
        const limit = limits[key.replace(/\d+$/, '')];
        if (limit && [...field.value].length > limit) return json({ errcode: 47003, errmsg: `argument invalid! data.${key}.value` });
      }
      this.subscribeMessages.push(message);
      return json({ errcode: 0, errmsg: 'ok' });
    }

    json({ errcode: 404, errmsg: 'unknown api' }, 404);
  }
}
