import type { CacheEntry, KnowledgeCache } from './types';

export interface ReadThroughOptions {
  cache: KnowledgeCache;
  now: () => number;
  /** Answers younger than this are used as they are. */
  freshMs: number;
  /** Older answers up to this age are used at once and refreshed in the background. */
  staleMs: number;
}

export interface ReadThrough {
  /**
   * The values of `ids` under `prefix` ("wde:" for Wikidata items…), from the cache or from `load`, which
   * is asked only for the ids it must fetch and answers with a value per id it found.
   */
  get<V>(
    prefix: string,
    ids: string[],
    load: (ids: string[]) => Promise<Record<string, V>>,
  ): Promise<Record<string, V>>;
  /** Resolves once background refreshes have finished (tests, benches, shutdown). */
  settled(): Promise<void>;
}

/**
 * A read-through cache over a KnowledgeCache: fresh answers as they are, stale ones at once with a
 * background refresh, and expired ones refetched but still used when the network fails (offline reading).
 * Concurrent reads of one key share one load. A full or blocked IndexedDB costs the cache, never the answer.
 */
export function createReadThrough({ cache, now, freshMs, staleMs }: ReadThroughOptions): ReadThrough {
  const background = new Set<Promise<void>>();
  const refreshing = new Set<string>();
  const inflight = new Map<string, Promise<unknown>>();

  async function store<V>(prefix: string, values: Record<string, V>): Promise<void> {
    const at = now();
    const entries: CacheEntry[] = Object.entries(values).map(([id, value]) => ({
      key: prefix + id,
      value,
      fetchedAt: at,
    }));
    await cache.putMany(entries).catch(() => undefined);
  }

  async function read(keys: string[]): Promise<(CacheEntry | undefined)[]> {
    return cache.getMany(keys).catch(() => keys.map(() => undefined));
  }

  async function get<V>(
    prefix: string,
    ids: string[],
    load: (ids: string[]) => Promise<Record<string, V>>,
  ): Promise<Record<string, V>> {
    const unique = [...new Set(ids)];
    const entries = await read(unique.map((id) => prefix + id));
    const t = now();
    const values: Record<string, V> = {};
    const expired: Record<string, V> = {};
    const toFetch: string[] = [];
    const toRefresh: string[] = [];
    unique.forEach((id, i) => {
      const entry = entries[i];
      if (!entry) return void toFetch.push(id);
      const age = t - entry.fetchedAt;
      if (age < freshMs) values[id] = entry.value as V;
      else if (age < staleMs) {
        values[id] = entry.value as V;
        if (!refreshing.has(prefix + id)) toRefresh.push(id);
      } else {
        expired[id] = entry.value as V;
        toFetch.push(id);
      }
    });
    if (toRefresh.length > 0) {
      for (const id of toRefresh) refreshing.add(prefix + id);
      const job = load(toRefresh)
        .then((got) => store(prefix, got))
        .catch(() => undefined)
        .finally(() => {
          for (const id of toRefresh) refreshing.delete(prefix + id);
          background.delete(job);
        });
      background.add(job);
    }
    if (toFetch.length > 0) {
      // Concurrent look-ups (a popup opening every card) share one request per key.
      const shared = toFetch
        .filter((id) => inflight.has(prefix + id))
        .map((id) => [id, inflight.get(prefix + id)!] as const);
      const mine = toFetch.filter((id) => !inflight.has(prefix + id));
      const jobs: Promise<void>[] = [];
      if (mine.length > 0) {
        const job = load(mine).then(async (got) => {
          await store(prefix, got);
          return got;
        });
        for (const id of mine) {
          const one = job.then((got) => got[id]);
          one.catch(() => undefined);
          inflight.set(prefix + id, one);
        }
        const clear = () => mine.forEach((id) => inflight.delete(prefix + id));
        void job.then(clear, clear);
        jobs.push(job.then((got) => void Object.assign(values, got)));
      }
      for (const [id, one] of shared) {
        jobs.push(
          one.then((v) => {
            if (v !== undefined) values[id] = v as V;
          }),
        );
      }
      try {
        await Promise.all(jobs);
      } catch (err) {
        if (toFetch.some((id) => !(id in values) && !(id in expired))) throw err;
        for (const id of toFetch) if (!(id in values)) values[id] = expired[id] as V;
      }
    }
    return values;
  }

  return {
    get,
    async settled() {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
