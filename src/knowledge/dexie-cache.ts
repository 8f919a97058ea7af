import Dexie, { type Table } from 'dexie';
import type { CacheEntry, KnowledgeCache, ReaderChoice, ReaderChoiceStore } from './types';

interface StoredEntry extends CacheEntry {
  /** For least-recently-used eviction; refreshed at most hourly so reads rarely write. */
  lastUsed: number;
}

class KnowledgeDb extends Dexie {
  entries!: Table<StoredEntry, string>;
  choices!: Table<ReaderChoice, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: 'key, lastUsed', choices: 'name' });
  }
}

export interface DexieCacheOptions {
  /** Bound on cached answers; each is a parsed, compact record of a few kilobytes at most. */
  maxEntries?: number;
  now?: () => number;
}

const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The knowledge cache in its own IndexedDB database, separate from the articles database so either
 * can be cleared or migrated alone. The reader's choices are never evicted.
 */
export function createDexieKnowledgeCache(
  dbName = 'backstory-knowledge',
  options: DexieCacheOptions = {},
): KnowledgeCache & ReaderChoiceStore & { close(): void } {
  const db = new KnowledgeDb(dbName);
  const maxEntries = options.maxEntries ?? 5000;
  const now = options.now ?? Date.now;

  async function evict(): Promise<void> {
    const excess = (await db.entries.count()) - maxEntries;
    if (excess <= 0) return;
    // Evict a little more than needed so a full cache does not evict on every write.
    const slack = Math.ceil(maxEntries * 0.05);
    const keys = await db.entries
      .orderBy('lastUsed')
      .limit(excess + slack)
      .primaryKeys();
    await db.entries.bulkDelete(keys);
  }

  return {
    close: () => db.close(),
    async getMany(keys) {
      const rows = await db.entries.bulkGet(keys);
      const t = now();
      const stale = rows.filter((r): r is StoredEntry => r !== undefined && t - r.lastUsed > TOUCH_INTERVAL_MS);
      if (stale.length > 0) {
        await db.entries.bulkUpdate(stale.map((r) => ({ key: r.key, changes: { lastUsed: t } })));
      }
      return rows.map((r) => (r ? { key: r.key, value: r.value, fetchedAt: r.fetchedAt } : undefined));
    },
    async putMany(list) {
      if (list.length === 0) return;
      const t = now();
      await db.entries.bulkPut(list.map((e) => ({ key: e.key, value: e.value, fetchedAt: e.fetchedAt, lastUsed: t })));
      await evict();
    },
    async getChoice(name) {
      return (await db.choices.get(name))?.qid;
    },
    async putChoice(name, qid) {
      await db.choices.put({ name, qid, at: now() });
    },
    allChoices: () => db.choices.toArray(),
    mergeChoices: (incoming) =>
      db.transaction('rw', db.choices, async () => {
        const existing = await db.choices.bulkGet(incoming.map((c) => c.name));
        const fresh = incoming.filter((c, i) => !existing[i] || existing[i]!.at < c.at);
        await db.choices.bulkPut(fresh);
        return fresh.length;
      }),
    async clear() {
      await Promise.all([db.entries.clear(), db.choices.clear()]);
    },
  };
}
