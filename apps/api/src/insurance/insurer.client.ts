import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppException } from '../common/app-exception';
import { INSURER_CONFIG, InsurerConfig } from '../config/insurer.config';
import type { InsurerClaimAnswer, InsurerClaimRequest, InsurerPolicyAnswer, InsurerPolicyRequest } from './insurer-protocol';
import { InsurerSimulator } from './insurer-simulator';

/** What became of one submission: only `issued` carries a policy number; `unavailable` means "ask again later". */
export type SubmitOutcome =
  { kind: 'issued'; policyNo: string; duplicate: boolean } | { kind: 'rejected'; reason: string } | { kind: 'unavailable'; detail: string };

/**
 * The accident insurer's API at INSURER_API_BASE (docs/insurer-api.md). Never throws on a policy
 * submission: a time-out, a 5xx or a broken answer is `unavailable`, and the enrollment stays
 * pending until a retry with the same reference gets a real answer.
 */
@Injectable()
export class InsurerClient implements OnModuleDestroy {
  private readonly logger = new Logger(InsurerClient.name);
  private embedded?: Promise<InsurerSimulator>;

  constructor(@Inject(INSURER_CONFIG) private readonly config: InsurerConfig) {}

  async submitPolicy(request: InsurerPolicyRequest): Promise<SubmitOutcome> {
    const answer = await this.call<InsurerPolicyAnswer>('POST', '/v1/policies', request);
    if (answer.kind === 'failed') return { kind: 'unavailable', detail: answer.detail };
    const { status, body } = answer;
    if (
      (status === 200 || status === 201) &&
      body?.status === 'issued' &&
      body.reference === request.reference &&
      typeof body.policyNo === 'string' &&
      body.policyNo
    ) {
      return { kind: 'issued', policyNo: body.policyNo, duplicate: body.duplicate === true || status === 200 };
    }
    if (status === 422 && body?.status === 'rejected' && body.reference === request.reference) {
      return { kind: 'rejected', reason: typeof body.reason === 'string' && body.reason ? body.reason.slice(0, 200) : '保险公司不予承保' };
    }
    return this.unavailable(`POST /v1/policies answered HTTP ${status} ${body?.status ?? ''}`);
  }

  /** Cancels before cover starts: true when cancelled, false when the insurer never issued it. */
  async cancelPolicy(reference: string): Promise<boolean> {
    const answer = await this.call<{ status?: string }>('POST', `/v1/policies/${encodeURIComponent(reference)}/cancel`, {});
    if (answer.kind === 'ok' && answer.status === 200 && answer.body?.status === 'cancelled') return true;
    if (answer.kind === 'ok' && answer.status === 404 && answer.body?.status === 'not_found') return false;
    this.logger.warn(`insurer cancel of ${reference} failed: ${answer.kind === 'failed' ? answer.detail : `HTTP ${answer.status}`}`);
    throw new AppException('INSURANCE.INSURER_UNAVAILABLE');
  }

  async submitClaim(request: InsurerClaimRequest): Promise<string> {
    const answer = await this.call<InsurerClaimAnswer>('POST', '/v1/claims', request);
    if (answer.kind === 'ok' && (answer.status === 200 || answer.status === 201) && answer.body?.status === 'accepted' && answer.body.claimNo)
      return answer.body.claimNo;
    this.logger.warn(`insurer claim ${request.reference} failed: ${answer.kind === 'failed' ? answer.detail : `HTTP ${answer.status}`}`);
    throw new AppException('INSURANCE.INSURER_UNAVAILABLE');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.embedded) await (await this.embedded).stop();
  }

  private unavailable(detail: string): SubmitOutcome {
    this.logger.warn(`insurer unavailable: ${detail}`);
    return { kind: 'unavailable', detail };
  }

  /** The request body carries a full ID number: it is never logged, here or anywhere. */
  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ kind: 'ok'; status: number; body: T | undefined } | { kind: 'failed'; detail: string }> {
    const base = await this.baseUrl();
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-api-key': this.config.apiKey },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      return { kind: 'failed', detail: `${method} ${path.split('/').slice(0, 3).join('/')} failed: ${(error as Error).name}` };
    }
    let parsed: T | undefined;
    try {
      parsed = (await response.json()) as T;
    } catch {
      parsed = undefined;
    }
    return { kind: 'ok', status: response.status, body: parsed };
  }

  private async baseUrl(): Promise<string> {
    if (this.config.apiBase !== 'embedded') return this.config.apiBase;
    // Started on first use, so apps that never insure anyone (most test suites) open no port.
    this.embedded ??= new InsurerSimulator(this.config.apiKey).start().then((sim) => {
      this.logger.warn(`INSURER_API_BASE=embedded：使用内置的模拟保险公司（${sim.url}），仅用于演示`);
      return sim;
    });
    return (await this.embedded).url;
  }
}
