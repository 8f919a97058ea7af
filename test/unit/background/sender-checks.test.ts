import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForeignRequest } from '../../../src/background/sender';
import type { BackstoryDb } from '../../../src/store/schema';
import { analyzeRequest, backgroundFor, saveRequest, sender, STORY } from './harness';

const OTHER = 'https://other-news.example/their-story';
const dbs: BackstoryDb[] = [];
const background = (...args: Parameters<typeof backgroundFor>) => {
  const b = backgroundFor(...args);
  dbs.push(b.db);
  return b;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A highlight saved by a tab of the other site. */
async function othersHighlight(h: ReturnType<typeof backgroundFor>['h']): Promise<string> {
  const saved = await h.content['highlight/save'](saveRequest(OTHER, 'their note'), sender(OTHER, { tabId: 9 }));
  if (!saved.ok) throw new Error('not saved');
  return saved.highlight.id;
}

describe('a content script speaks only for its own tab and site', () => {
  it('page/analyze under another site’s address is refused and records nothing', async () => {
    const { h, db } = background();
    await expect(h.content['page/analyze'](analyzeRequest(OTHER), sender())).rejects.toBeInstanceOf(ForeignRequest);
    expect(await db.articles.count()).toBe(0);
  });

  it('page/analyze under its own site’s canonical address is recorded there', async () => {
    const { h, db } = background();
    await h.content['page/analyze'](analyzeRequest('https://www.news.example/canonical'), sender());
    expect((await db.articles.toArray()).map((a) => a.url)).toEqual(['https://www.news.example/canonical']);
  });

  it('page/read reads the page at the address the browser gives, never one from the message', async () => {
    const readPage = vi.fn(async () => null);
    const { h } = background({ readPage });
    await h.content['page/read']({ html: '<p>x</p>' }, sender('https://news.example/actual'));
    expect(readPage).toHaveBeenCalledWith('<p>x</p>', 'https://news.example/actual');
  });

  it('highlight/list and highlight/save for another site are refused', async () => {
    const { h, db } = background();
    await othersHighlight(h);
    await expect(h.content['highlight/list']({ url: OTHER }, sender())).rejects.toBeInstanceOf(ForeignRequest);
    await expect(h.content['highlight/save'](saveRequest(OTHER), sender())).rejects.toBeInstanceOf(ForeignRequest);
    expect(await db.highlights.count()).toBe(1);
  });

  it('highlight/note and highlight/delete of another site’s highlight change nothing', async () => {
    const { h, db } = background();
    const id = await othersHighlight(h);
    expect(await h.content['highlight/note']({ id, note: 'mine now' }, sender())).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await h.content['highlight/delete']({ id }, sender())).toEqual({ ok: false, reason: 'not-found' });
    expect((await db.highlights.get(id))!.note).toBe('their note');
    expect(await h.content['highlight/delete']({ id }, sender(OTHER))).toEqual({ ok: true });
    expect(await db.highlights.count()).toBe(0);
  });

  it('card/entity answers only for a name the tab’s own article holds, on its own site', async () => {
    const { h, db } = background();
    await h.content['page/analyze'](analyzeRequest(), sender());
    const history = await h.content['card/entity']({ key: 'place:baghdad', url: STORY }, sender());
    expect(history.key).toBe('place:baghdad');
    await expect(h.content['card/entity']({ key: 'person:mike-pompeo', url: STORY }, sender())).rejects.toBeInstanceOf(
      ForeignRequest,
    );
    await expect(h.content['card/entity']({ key: 'place:baghdad', url: OTHER }, sender())).rejects.toBeInstanceOf(
      ForeignRequest,
    );
    // After a restart (no analysis in memory), the recorded article of that address says which names it holds.
    const restarted = backgroundFor({ db });
    await restarted.h.content['card/entity']({ key: 'place:baghdad', url: STORY }, sender());
    await expect(
      restarted.h.content['card/entity']({ key: 'person:mike-pompeo', url: STORY }, sender()),
    ).rejects.toBeInstanceOf(ForeignRequest);
  });

  it('page/settings tells the sender about its own site only, never the list of sites turned off', async () => {
    const { h } = background();
    await h.content['site/disable-here']({}, sender(OTHER));
    const mine = await h.content['page/settings']({}, sender());
    expect(mine.enabled).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('other-news');
    expect((await h.content['page/settings']({}, sender(OTHER))).enabled).toBe(false);
  });

  it('"turn off on this site" takes the host from sender.url (Firefox gives no tab.url)', async () => {
    const { h, told } = background();
    expect(await h.content['site/disable-here']({}, sender('https://news.example:8080/a'))).toEqual({ ok: true });
    const { settings } = await h.extensionPage['settings/get']({});
    expect(settings.disabledSites).toEqual(['news.example:8080']);
    expect(told.settings).toBe(1);
  });
});
