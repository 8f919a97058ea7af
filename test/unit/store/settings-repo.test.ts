import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/limits';
import { loadSettings, setSiteEnabled, updateSettings } from '../../../src/store/settings-repo';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';

const dbs: BackstoryDb[] = [];
const fresh = () => {
  const db = openDatabase(`test-settings-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('turning sites on and off', () => {
  it('two toggles at once both count', async () => {
    const db = fresh();
    await Promise.all(['a.example', 'b.example', 'c.example'].map((host) => setSiteEnabled(db, host, false)));
    expect((await loadSettings(db)).disabledSites.sort()).toEqual(['a.example', 'b.example', 'c.example']);
    await Promise.all([setSiteEnabled(db, 'a.example', true), setSiteEnabled(db, 'd.example', false)]);
    expect((await loadSettings(db)).disabledSites.sort()).toEqual(['b.example', 'c.example', 'd.example']);
  });

  it('turning a site off twice lists it once', async () => {
    const db = fresh();
    await setSiteEnabled(db, 'News.Example', false);
    await setSiteEnabled(db, 'news.example', false);
    expect((await loadSettings(db)).disabledSites).toEqual(['news.example']);
  });

  it('at the cap, one more site is refused ("full") rather than silently dropped; turning one on still works', async () => {
    const db = fresh();
    const many = Array.from({ length: LIMITS.disabledSites }, (_, i) => `site${i}.example`);
    await updateSettings(db, { disabledSites: many });
    expect((await loadSettings(db)).disabledSites).toHaveLength(LIMITS.disabledSites);
    expect(await setSiteEnabled(db, 'one-more.example', false)).toBe('full');
    const on = await setSiteEnabled(db, 'site0.example', true);
    expect(on !== 'full' && on.disabledSites).toHaveLength(LIMITS.disabledSites - 1);
  });
});
