import { WorkerIdLoader } from './worker-id.loader';

describe(WorkerIdLoader.name, () => {
  const workers = new Map([
    [10, 1],
    [11, 2],
    [12, 3],
  ]);
  const fakeQuery = () => {
    const calls: number[][] = [];
    const query = async (userIds: number[]) => {
      calls.push(userIds);
      await new Promise((r) => setTimeout(r, 5));
      return userIds.filter((u) => workers.has(u)).map((userId) => ({ userId, id: workers.get(userId) as number }));
    };
    return { calls, query };
  };

  it('sends a lone look-up at once and answers undefined for a user who is not a worker', async () => {
    const { calls, query } = fakeQuery();
    const sut = new WorkerIdLoader(query);
    await expect(sut.load(10)).resolves.toBe(1);
    await expect(sut.load(99)).resolves.toBeUndefined();
    expect(calls).toEqual([[10], [99]]);
  });

  it('coalesces look-ups made while a query is out into one next query', async () => {
    const { calls, query } = fakeQuery();
    const sut = new WorkerIdLoader(query);
    const answers = await Promise.all([sut.load(10), sut.load(11), sut.load(12), sut.load(11), sut.load(99)]);
    expect(answers).toEqual([1, 2, 3, 2, undefined]);
    expect(calls).toEqual([[10], [11, 12, 99]]);
  });

  it('passes a failed query on to its callers and keeps working', async () => {
    let fail = true;
    const sut = new WorkerIdLoader(async (ids) => {
      if (fail) throw new Error('database down');
      return ids.map((userId) => ({ userId, id: userId + 1 }));
    });
    await expect(sut.load(5)).rejects.toThrow('database down');
    fail = false;
    await expect(sut.load(5)).resolves.toBe(6);
  });
});
