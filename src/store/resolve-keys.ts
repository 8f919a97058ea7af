import type { Analysis } from '../analysis/types';
import type { BackstoryDb } from './schema';

/**
 * Ties a surname-only person in this article to the one person the reader's history knows by that surname:
 * "Pompeo" here ("person:pompeo") becomes "person:pompeo/mike" when exactly one such key exists
 * (see entities/keys.ts). With several candidates the key is left alone: a wrong merge is worse than none.
 */
export async function resolveKeysAgainstHistory(db: BackstoryDb, analysis: Analysis): Promise<Analysis> {
  const bare = analysis.entities.filter((e) => e.type === 'PERSON' && !e.key.includes('/'));
  if (!bare.length) return analysis;
  const candidates = await Promise.all(
    bare.map((e) => db.entities.where('key').startsWith(`${e.key}/`).limit(2).primaryKeys()),
  );
  const remap = new Map<string, string>();
  bare.forEach((e, i) => {
    if (candidates[i]!.length === 1) remap.set(e.key, candidates[i]![0]!);
  });
  if (!remap.size) return analysis;
  return {
    ...analysis,
    entities: analysis.entities.map((e) => (remap.has(e.key) ? { ...e, key: remap.get(e.key)! } : e)),
    events: analysis.events.map((ev) => ({ ...ev, entities: ev.entities.map((k) => remap.get(k) ?? k) })),
  };
}
