import { AsyncLocalStorage } from 'node:async_hooks';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * The current transaction, kept in an AsyncLocalStorage so that one service can call several owners'
 * services inside one transaction without handing an EntityManager around. Every repository class reads
 * its manager from here: inside `run()` it is the transaction's, outside it the data source's.
 */
@Injectable()
export class TransactionHost {
  private readonly storage = new AsyncLocalStorage<EntityManager>();
  private readonly onCommit = new WeakMap<EntityManager, (() => void)[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The manager to use now: the open transaction's, or the data source's when none is open. */
  get manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  /** Whether a transaction is open in this async context. */
  get active(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /** The repository of an entity, bound to the current manager. For repository classes only. */
  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /** Runs `work` in a transaction: joins the one already open, or opens one (committed when `work` resolves). */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.storage.getStore()) return work();
    return this.transaction(work);
  }

  /** Runs `done` once the open transaction commits (never when it rolls back), or now when none is open. */
  afterCommit(done: () => void): void {
    const manager = this.storage.getStore();
    if (!manager) return done();
    const hooks = this.onCommit.get(manager) ?? [];
    hooks.push(done);
    this.onCommit.set(manager, hooks);
  }

  /** Runs `work` in a new transaction of its own, even inside another one (for retries, audit that must stay). */
  runSeparately<T>(work: () => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  private async transaction<T>(work: () => Promise<T>): Promise<T> {
    let opened: EntityManager | undefined;
    const result = await this.dataSource.transaction((manager) => {
      opened = manager;
      return this.storage.run(manager, work);
    });
    for (const done of (opened && this.onCommit.get(opened)) ?? []) done();
    return result;
  }
}

@Global()
@Module({ providers: [TransactionHost], exports: [TransactionHost] })
export class TransactionModule {}
