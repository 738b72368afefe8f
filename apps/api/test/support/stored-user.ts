import type { DataSource } from 'typeorm';
import { User } from '../../src/users/user.entity';

/**
 * The user row as stored, by id or openid (the browser suites may not import the API's entities;
 * they read the database through this harness).
 */
export function storedUser(t: { dataSource: DataSource }, where: { id: number } | { openid: string }): Promise<User> {
  return t.dataSource.getRepository(User).findOneByOrFail(where);
}
