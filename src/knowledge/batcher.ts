/**
 * Coalesces id look-ups made in the same tick into requests of at most `max` ids, so several cards
 * opening together cost one `wbgetentities` call, not one each.
 */
export function createBatcher<V>(
  run: (ids: string[]) => Promise<Record<string, V>>,
  max = 50,
): (ids: string[]) => Promise<Record<string, V>> {
  interface Batch {
    ids: Set<string>;
    waiters: { resolve: (r: Record<string, V>) => void; reject: (e: unknown) => void }[];
  }
  let pending: Batch | null = null;

  async function flush(batch: Batch): Promise<void> {
    const ids = [...batch.ids];
    const result: Record<string, V> = {};
    try {
      for (let i = 0; i < ids.length; i += max) Object.assign(result, await run(ids.slice(i, i + max)));
      for (const w of batch.waiters) w.resolve(result);
    } catch (err) {
      for (const w of batch.waiters) w.reject(err);
    }
  }

  return (ids: string[]) => {
    if (ids.length === 0) return Promise.resolve({});
    let batch = pending;
    if (!batch) {
      const fresh: Batch = { ids: new Set(), waiters: [] };
      pending = batch = fresh;
      queueMicrotask(() => {
        pending = null;
        void flush(fresh);
      });
    }
    for (const id of ids) batch.ids.add(id);
    const current = batch;
    return new Promise((resolve, reject) => current.waiters.push({ resolve, reject }));
  };
}
