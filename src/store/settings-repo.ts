import { defaultSettings, mergeSettings, type Settings } from '../settings/settings';
import type { BackstoryDb } from './schema';

const KEY = 'settings';

export async function loadSettings(db: BackstoryDb): Promise<Settings> {
  return (await storedSettings(db)) ?? defaultSettings();
}

/** The settings the reader changed, or null while they are the defaults they never touched. */
export async function storedSettings(db: BackstoryDb): Promise<Settings | null> {
  const row = await db.settings.get(KEY);
  return row ? mergeSettings(defaultSettings(), row.value) : null;
}

export async function updateSettings(db: BackstoryDb, patch: unknown): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = mergeSettings(await loadSettings(db), patch);
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

/** Stores settings that were validated already (a backup's). */
export async function replaceSettings(db: BackstoryDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: KEY, value: settings });
}
