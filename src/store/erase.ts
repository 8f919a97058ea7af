import type { BackstoryDb } from './schema';

/** Erases everything the reader has stored: history, entities, events, highlights and settings. */
export async function eraseAll(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
