import type { SavedHighlight } from '../highlights/types';
import type { BackstoryDb } from './schema';

export const highlightsFor = (db: BackstoryDb, url: string): Promise<SavedHighlight[]> =>
  db.highlights.where('url').equals(url).sortBy('createdAt');

export const allHighlights = (db: BackstoryDb): Promise<SavedHighlight[]> =>
  db.highlights.orderBy('createdAt').toArray();

export async function saveHighlight(db: BackstoryDb, highlight: SavedHighlight): Promise<void> {
  await db.highlights.put(highlight);
}

export async function updateNote(db: BackstoryDb, id: string, note: string, now: number): Promise<boolean> {
  return (await db.highlights.update(id, { note, updatedAt: now })) > 0;
}

export async function deleteHighlight(db: BackstoryDb, id: string): Promise<void> {
  await db.highlights.delete(id);
}

/** Imports highlights; an existing one with the same id is kept when it is newer. Returns how many were added or updated. */
export async function importHighlights(db: BackstoryDb, incoming: SavedHighlight[]): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.bulkGet(incoming.map((h) => h.id));
    const fresh = incoming.filter((h, i) => !existing[i] || existing[i]!.updatedAt < h.updatedAt);
    await db.highlights.bulkPut(fresh);
    return fresh.length;
  });
}
