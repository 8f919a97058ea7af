import { defaultSettings, mergeSettings, type Settings } from '../settings/settings';
import type { BackstoryDb } from './schema';

const KEY = 'settings';

export async function loadSettings(db: BackstoryDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return mergeSettings(defaultSettings(), row?.value);
}

export async function updateSettings(db: BackstoryDb, patch: unknown): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = mergeSettings(await loadSettings(db), patch);
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
