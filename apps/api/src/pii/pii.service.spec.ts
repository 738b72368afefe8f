import { randomBytes } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import { PiiAccessLog } from './pii-access-log.entity';
import type { PiiAccessLogRepository } from './pii-access-log.repository';
import { PiiService } from './pii.service';

const ID_NUMBER = '371702197506150017';

/** An access-log repository that keeps what it is given. */
function fakeAccessLog() {
  const rows: Partial<PiiAccessLog>[] = [];
  const repo = { insert: jest.fn(async (row: Partial<PiiAccessLog>) => void rows.push(row)) };
  return { rows, repo, asRepository: repo as unknown as Repository<PiiAccessLog> };
}

function build(piiKey: Buffer = randomBytes(32)) {
  const accessLog = fakeAccessLog();
  const sut = new PiiService({ key: piiKey }, accessLog.asRepository as unknown as PiiAccessLogRepository);
  return { sut, accessLog, piiKey };
}

/** Replaces one character of the base64url segment `index` of a `v1.iv.tag.body` ciphertext. */
function tamper(stored: string, index: number): string {
  const parts = stored.split('.');
  const segment = parts[index];
  const last = segment[segment.length - 2];
  parts[index] = segment.slice(0, -2) + (last === 'A' ? 'B' : 'A') + segment.slice(-1);
  return parts.join('.');
}

const reason = { actorUserId: 7, subjectUserId: 42, purpose: 'insurance.enrollment' };

describe(PiiService.name, () => {
  describe('encrypt / decrypt', () => {
    it('gives the clear value back', async () => {
      const { sut } = build();
      expect(await sut.decrypt(sut.encrypt(ID_NUMBER), reason)).toBe(ID_NUMBER);
      expect(await sut.decrypt(sut.encrypt('37170219750615001X'), reason)).toBe('37170219750615001X');
    });

    it('never shows the clear value and differs on every encryption (random IV)', () => {
      const { sut } = build();
      const first = sut.encrypt(ID_NUMBER);
      const second = sut.encrypt(ID_NUMBER);
      expect(first).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
      expect(first).not.toContain(ID_NUMBER);
      expect(first).not.toBe(second);
      expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
    });

    it.each([
      ['the body', 3],
      ['the authentication tag', 2],
      ['the IV', 1],
    ])('refuses a ciphertext whose %s was changed', async (_, index) => {
      const { sut } = build();
      const stored = sut.encrypt(ID_NUMBER);
      const changed = tamper(stored, index);
      expect(changed).not.toBe(stored);
      await expect(sut.decrypt(changed, reason)).rejects.toThrow();
    });

    it('refuses an unknown format and a ciphertext made with another key', async () => {
      const { sut } = build();
      await expect(sut.decrypt(sut.encrypt(ID_NUMBER).replace(/^v1\./, 'v0.'), reason)).rejects.toThrow(/format/);
      await expect(sut.decrypt('371702197506150017', reason)).rejects.toThrow(/format/);
      await expect(sut.decrypt(build().sut.encrypt(ID_NUMBER), reason)).rejects.toThrow();
    });

    it('decrypts with a new instance holding the same key (as after a restart)', async () => {
      const key = randomBytes(32);
      const stored = build(key).sut.encrypt(ID_NUMBER);
      expect(await build(Buffer.from(key)).sut.decrypt(stored, reason)).toBe(ID_NUMBER);
    });
  });

  describe('lookupHash', () => {
    it('is stable for a key, so duplicates are found without decrypting', () => {
      const key = randomBytes(32);
      const { sut } = build(key);
      const hash = sut.lookupHash(ID_NUMBER);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(sut.lookupHash(ID_NUMBER)).toBe(hash);
      expect(build(Buffer.from(key)).sut.lookupHash(ID_NUMBER)).toBe(hash);
      expect(hash).not.toContain(ID_NUMBER);
    });

    it('differs for another number and for another key', () => {
      const { sut } = build();
      expect(sut.lookupHash('371702197506150025')).not.toBe(sut.lookupHash(ID_NUMBER));
      expect(build().sut.lookupHash(ID_NUMBER)).not.toBe(sut.lookupHash(ID_NUMBER));
    });
  });

  describe('access log', () => {
    it('records who decrypted whose ID number and why', async () => {
      const { sut, accessLog } = build();
      await sut.decrypt(sut.encrypt(ID_NUMBER), reason);
      expect(accessLog.rows).toEqual([{ actorUserId: 7, subjectUserId: 42, purpose: 'insurance.enrollment', field: 'id_number' }]);
      expect(JSON.stringify(accessLog.rows)).not.toContain(ID_NUMBER);
    });

    it('records a scheduled job as a null actor', async () => {
      const { sut, accessLog } = build();
      await sut.decrypt(sut.encrypt(ID_NUMBER), { actorUserId: null, subjectUserId: 42, purpose: 'retention.review' });
      expect(accessLog.rows).toEqual([{ actorUserId: null, subjectUserId: 42, purpose: 'retention.review', field: 'id_number' }]);
    });

    it("writes in the caller's transaction when given one", async () => {
      const { sut, accessLog } = build();
      const inTransaction = fakeAccessLog();
      const manager = { getRepository: jest.fn(() => inTransaction.asRepository) } as unknown as EntityManager;
      await sut.decrypt(sut.encrypt(ID_NUMBER), reason, manager);
      expect(manager.getRepository).toHaveBeenCalledWith(PiiAccessLog);
      expect(inTransaction.rows).toEqual([{ ...reason, field: 'id_number' }]);
      expect(accessLog.rows).toEqual([]);
    });
  });
});
