import type { CreatePostingRequest, Posting, Role, UpsertEmployerRequest, UpsertWorkerRequest } from '@lingong/shared';
import type { AuthUser } from '../../../src/common/access';
import { EmployersService } from '../../../src/employers/employers.service';
import { PostingPublishingService } from '../../../src/postings/posting-publishing.service';
import { UsersService } from '../../../src/users/users.service';
import { WorkersService } from '../../../src/workers/workers.service';
import { employerInput, postingInput, unique, workerInput } from '../../support/factories';
import type { ServiceApp } from './service-app';

/**
 * People and postings for the market-side service specs, made through the services themselves (no
 * HTTP): a user is an account with roles, as the auth guard would attach it.
 */
export class MarketFixtures {
  constructor(private readonly s: ServiceApp) {}

  async user(roles: Role[], countyCode: string | null = null): Promise<AuthUser> {
    const users = this.s.get(UsersService);
    const account = await users.findOrCreateByOpenid(unique('svc'));
    const updated = await users.recordLogin(account.id, { roles, countyCode });
    return { id: updated.id, roles: updated.roles, countyCode: updated.countyCode };
  }

  operator(countyCode = '371702'): Promise<AuthUser> {
    return this.user(['operator'], countyCode);
  }

  admin(): Promise<AuthUser> {
    return this.user(['admin']);
  }

  async worker(overrides: Partial<UpsertWorkerRequest> = {}): Promise<{ user: AuthUser; workerId: number; input: UpsertWorkerRequest }> {
    const user = await this.user(['worker']);
    const input = workerInput(overrides);
    const { profile } = await this.s.get(WorkersService).upsertMine(user.id, input as never);
    return { user, workerId: profile.id, input };
  }

  /** An employer verified by an operator of its county, so it may post. */
  async verifiedEmployer(overrides: Partial<UpsertEmployerRequest> = {}): Promise<{ user: AuthUser; employerId: number }> {
    const user = await this.user(['employer']);
    const input = employerInput(overrides);
    const employers = this.s.get(EmployersService);
    const { profile } = await employers.upsertMine(user.id, input as never);
    await employers.verify(await this.operator(input.countyCode), profile.id);
    return { user, employerId: profile.id };
  }

  posting(employer: AuthUser, overrides: Partial<CreatePostingRequest> = {}): Promise<Posting> {
    return this.s.get(PostingPublishingService).create(employer, postingInput(overrides) as never);
  }
}
