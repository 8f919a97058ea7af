import { LIMITS } from '../limits';
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
