import type { CacheEntry, KnowledgeCache } from './types';

/**
 * A cache that keeps nothing on disk: for private windows (which must store nothing) and for benches.
 * Least-recently-used entries go first once `maxEntries` is reached.
 */
export function createMemoryKnowledgeCache(maxEntries = 2000): KnowledgeCache {
  const entries = new Map<string, CacheEntry>();
  const choices = new Map<string, string>();
  return {
    async getMany(keys) {
      return keys.map((key) => {
        const entry = entries.get(key);
        if (entry) {
          entries.delete(key);
          entries.set(key, entry);
        }
        return entry ? structuredClone(entry) : undefined;
      });
    },
    async putMany(list) {
      for (const entry of list) {
        entries.delete(entry.key);
        entries.set(entry.key, structuredClone(entry));
      }
      for (const key of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(key);
      }
    },
    async getChoice(name) {
      return choices.get(name);
    },
    async putChoice(name, qid) {
      choices.set(name, qid);
    },
    async clear() {
      entries.clear();
      choices.clear();
    },
  };
}
