import { TransactionHost } from '../../src/database/transaction';
import { User } from '../../src/users/user.entity';
import { bootServiceApp, ServiceApp } from './support/service-app';
import { unique } from '../support/factories';

describe('TransactionHost (service tier, real MariaDB)', () => {
  let s: ServiceApp;
  let tx: TransactionHost;

  beforeAll(async () => {
    s = await bootServiceApp();
    tx = s.get(TransactionHost);
  });
  afterAll(() => s.close());

  const countUsers = (openid: string) => tx.manager.getRepository(User).count({ where: { openid } });

  it('commits what every step wrote when the work resolves', async () => {
    const openid = unique('tx');
    await tx.run(async () => {
      await tx.repository(User).insert({ openid, roles: ['worker'] });
      expect(tx.active).toBe(true);
    });
    expect(tx.active).toBe(false);
    expect(await countUsers(openid)).toBe(1);
  });

  it('a nested run joins the open transaction, so a failure later rolls back the earlier steps too', async () => {
    const openid = unique('tx');
    await expect(
      tx.run(async () => {
        await tx.run(() => tx.repository(User).insert({ openid, roles: ['worker'] }));
        // Inside the transaction the row is visible …
        expect(await countUsers(openid)).toBe(1);
        throw new Error('later step fails');
      }),
    ).rejects.toThrow('later step fails');
    // … and after the rollback it is gone.
    expect(await countUsers(openid)).toBe(0);
  });

  it('outside run() the data source manager is used, and runSeparately keeps its write whatever the outer one does', async () => {
    const kept = unique('tx');
    await expect(
      tx.run(async () => {
        await tx.runSeparately(() => tx.repository(User).insert({ openid: kept, roles: ['worker'] }));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await countUsers(kept)).toBe(1);
  });

  it('afterCommit runs once the outermost transaction commits, never after a rollback, and at once outside one', async () => {
    const openid = unique('tx');
    const seen: string[] = [];
    await tx.run(async () => {
      await tx.run(async () => {
        await tx.repository(User).insert({ openid, roles: ['worker'] });
        tx.afterCommit(() => seen.push(`committed, rows ${openid}`));
      });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([`committed, rows ${openid}`]);

    await expect(
      tx.run(async () => {
        tx.afterCommit(() => seen.push('rolled back'));
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    tx.afterCommit(() => seen.push('no transaction'));
    expect(seen).toEqual([`committed, rows ${openid}`, 'no transaction']);
  });
});
