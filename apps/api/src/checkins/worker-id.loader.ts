/**
 * Looks up users' worker ids, coalescing concurrent look-ups: while one query is out, the users
 * asked for meanwhile wait and go together in the next `IN (...)` query. At the gate's opening
 * hundreds of first scans of the day miss the memo at once; this turns them into a few queries on
 * one connection instead of one per scan, leaving the pool to the inserts. Alone, a look-up is sent
 * at once (no added delay).
 */
export type WorkerIdQuery = (userIds: number[]) => Promise<{ userId: number; id: number }[]>;

const MAX_BATCH = 500;

export class WorkerIdLoader {
  private waiting = new Map<number, { resolve: (id: number | undefined) => void; reject: (error: unknown) => void }[]>();
  private busy = false;

  constructor(private readonly query: WorkerIdQuery) {}

  load(userId: number): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(userId);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(userId, [{ resolve, reject }]);
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.size) {
        const batch = new Map([...this.waiting].slice(0, MAX_BATCH));
        for (const userId of batch.keys()) this.waiting.delete(userId);
        try {
          const rows = await this.query([...batch.keys()]);
          const found = new Map(rows.map((r) => [Number(r.userId), Number(r.id)]));
          for (const [userId, callers] of batch) for (const c of callers) c.resolve(found.get(userId));
        } catch (error) {
          for (const callers of batch.values()) for (const c of callers) c.reject(error);
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
