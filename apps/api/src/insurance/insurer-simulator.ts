import { randomInt } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import type { InsurerClaimAnswer, InsurerClaimRequest, InsurerPolicyAnswer, InsurerPolicyRequest } from './insurer-protocol';

/**
 * How the simulator answers the next policy submissions:
 * - `normal`: issues a policy, or answers a repeated reference with the same policy (`duplicate: true`);
 * - `refuse`: a business refusal (422) with a Chinese reason;
 * - `error`: HTTP 500 to every call, nothing recorded;
 * - `slow`: issues the policy but answers only after `slowMs` (the caller times out first);
 * - `duplicate`: issues the policy and answers as if the reference had been seen before (the
 *   answer a caller gets when its first attempt reached the insurer but the answer was lost).
 */
export type InsurerSimulatorMode = 'normal' | 'refuse' | 'error' | 'slow' | 'duplicate';

export interface SimulatedPolicy {
  policyNo: string;
  request: InsurerPolicyRequest;
  issuedAt: string;
  cancelled: boolean;
}

/**
 * A small insurer speaking docs/insurer-api.md, for the demo (`INSURER_API_BASE=embedded` runs it
 * inside the API) and for the tests. Idempotent by reference: a reference is one policy, forever.
 */
export class InsurerSimulator {
  mode: InsurerSimulatorMode = 'normal';
  slowMs = 3000;
  refuseReason = '被保险人职业类别不符合投保条件';
  readonly policies = new Map<string, SimulatedPolicy>();
  readonly claims = new Map<string, { claimNo: string; request: InsurerClaimRequest }>();
  /** Every policy submission received, including repeats. */
  readonly submissions: InsurerPolicyRequest[] = [];
  private server?: Server;
  private sequence = 0;

  constructor(private readonly apiKey: string) {}

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => this.json(res, 500, { status: 'error' })));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.server.unref();
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.mode = 'normal';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://insurer');
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    if (req.headers['x-api-key'] !== this.apiKey) return this.json(res, 401, { status: 'error', reason: 'invalid api key' });
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return this.json(res, 400, { status: 'error', reason: 'body is not JSON' });
    }

    if (this.mode === 'error') return this.json(res, 500, { status: 'error', reason: 'internal error' });
    if (req.method === 'POST' && url.pathname === '/v1/policies') return this.submitPolicy(res, body as InsurerPolicyRequest);
    const policyMatch = /^\/v1\/policies\/([^/]+)(\/cancel)?$/.exec(url.pathname);
    if (policyMatch) {
      const policy = this.policies.get(decodeURIComponent(policyMatch[1]));
      if (!policy) return this.json(res, 404, { status: 'not_found', reference: policyMatch[1] });
      if (req.method === 'POST' && policyMatch[2]) {
        policy.cancelled = true;
        return this.json(res, 200, { status: 'cancelled', reference: policy.request.reference, policyNo: policy.policyNo });
      }
      if (req.method === 'GET' && !policyMatch[2]) return this.json(res, 200, this.issuedAnswer(policy, true));
    }
    if (req.method === 'POST' && url.pathname === '/v1/claims') return this.submitClaim(res, body as InsurerClaimRequest);
    this.json(res, 404, { status: 'error', reason: 'unknown api' });
  }

  private submitPolicy(res: ServerResponse, request: InsurerPolicyRequest): void {
    this.submissions.push(request);
    if (!request?.reference || !request.planCode || !request.insured?.idNumber) return this.json(res, 400, { status: 'error', reason: 'missing fields' });
    const existing = this.policies.get(request.reference);
    if (existing) return this.json(res, 200, this.issuedAnswer(existing, true));
    if (this.mode === 'refuse' || request.occupationClass < 1 || request.occupationClass > 6) {
      const answer: InsurerPolicyAnswer = { status: 'rejected', reference: request.reference, code: 'UNDERWRITING_REFUSED', reason: this.refuseReason };
      return this.json(res, 422, answer);
    }
    this.sequence += 1;
    const policy: SimulatedPolicy = {
      policyNo: `SIM${request.startDate.replace(/-/g, '')}${String(this.sequence).padStart(6, '0')}${randomInt(10, 100)}`,
      request,
      issuedAt: new Date().toISOString(),
      cancelled: false,
    };
    this.policies.set(request.reference, policy);
    if (this.mode === 'slow') return void setTimeout(() => this.json(res, 201, this.issuedAnswer(policy, false)), this.slowMs).unref();
    this.json(res, this.mode === 'duplicate' ? 200 : 201, this.issuedAnswer(policy, this.mode === 'duplicate'));
  }

  private submitClaim(res: ServerResponse, request: InsurerClaimRequest): void {
    const policy = [...this.policies.values()].find((p) => p.policyNo === request?.policyNo);
    if (!policy) return this.json(res, 404, { status: 'not_found', reason: 'unknown policy' });
    const existing = this.claims.get(request.reference);
    if (existing)
      return this.json(res, 200, { status: 'accepted', reference: request.reference, claimNo: existing.claimNo, duplicate: true } satisfies InsurerClaimAnswer);
    this.sequence += 1;
    const claimNo = `SIMCLM${String(this.sequence).padStart(8, '0')}`;
    this.claims.set(request.reference, { claimNo, request });
    this.json(res, 201, { status: 'accepted', reference: request.reference, claimNo } satisfies InsurerClaimAnswer);
  }

  private issuedAnswer(policy: SimulatedPolicy, duplicate: boolean): InsurerPolicyAnswer {
    return {
      status: 'issued',
      reference: policy.request.reference,
      policyNo: policy.policyNo,
      issuedAt: policy.issuedAt,
      ...(duplicate ? { duplicate: true } : {}),
    };
  }

  private json(res: ServerResponse, status: number, value: unknown): void {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  }
}
