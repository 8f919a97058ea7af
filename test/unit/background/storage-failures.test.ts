import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackstoryDb } from '../../../src/store/schema';
import { analyzeRequest, backgroundFor, saveRequest, sender } from './harness';

const dbs: BackstoryDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function background() {
  const b = backgroundFor();
  dbs.push(b.db);
  return b;
}

describe('a storage failure never takes Backstory away from the page', () => {
  it('a full disk: the page still gets its analysis (not recorded)', async () => {
    const { h, db } = background();
    vi.spyOn(db.articles, 'put').mockRejectedValue(quota());
    vi.spyOn(db.mentions, 'bulkPut').mockRejectedValue(quota());
    const { analysis } = await h.content['page/analyze'](analyzeRequest(), sender());
    expect(analysis.entities.map((e) => e.name)).toEqual(['Fuad Hussein', 'Baghdad']);
  });

  it('a broken database: Backstory stays on with its defaults, and the page lists no highlights', async () => {
    const { h, db } = background();
    db.close();
    const reply = await h.content['page/settings']({}, sender());
    expect(reply.enabled).toBe(true);
    expect(await h.content['highlight/list']({ url: 'https://news.example/story' }, sender())).toEqual([]);
    const { analysis } = await h.content['page/analyze'](analyzeRequest(), sender());
    expect(analysis.entities).toHaveLength(2);
  });

  it('a save, a note, a deletion or a site switch the browser refuses to store says so', async () => {
    const { h, db } = background();
    const saved = await h.content['highlight/save'](saveRequest(), sender());
    if (!saved.ok) throw new Error('not saved');
    vi.spyOn(db.highlights, 'put').mockRejectedValue(quota());
    vi.spyOn(db.highlights, 'update').mockRejectedValue(quota());
    vi.spyOn(db.highlights, 'delete').mockRejectedValue(quota());
    vi.spyOn(db.settings, 'put').mockRejectedValue(quota());
    const storage = { ok: false, reason: 'storage' };
    expect(await h.content['highlight/save'](saveRequest(undefined, 'again'), sender())).toEqual(storage);
    expect(await h.content['highlight/note']({ id: saved.highlight.id, note: 'n' }, sender())).toEqual(storage);
    expect(await h.content['highlight/delete']({ id: saved.highlight.id }, sender())).toEqual(storage);
    expect(await h.content['site/disable-here']({}, sender())).toEqual(storage);
    expect(await h.extensionPage['site/set']({ host: 'news.example', enabled: false, tabId: null })).toEqual(storage);
  });
});
