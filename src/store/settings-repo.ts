import { LIMITS } from '../limits';
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

/**
 * Turns Backstory on or off for one host, reading and writing in one transaction so that two toggles at
 * once both count. 'full' when the list of sites turned off is at its cap: the caller says so.
 */
export async function setSiteEnabled(db: BackstoryDb, host: string, enabled: boolean): Promise<Settings | 'full'> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    const h = host.toLowerCase();
    const off = current.disabledSites.includes(h);
    if (off === !enabled) return current;
    if (!enabled && current.disabledSites.length >= LIMITS.disabledSites) return 'full';
    const disabledSites = enabled ? current.disabledSites.filter((s) => s !== h) : [...current.disabledSites, h];
    const next = mergeSettings(current, { disabledSites });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

/** Stores settings that were validated already (a backup's). */
export async function replaceSettings(db: BackstoryDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: KEY, value: settings });
}
