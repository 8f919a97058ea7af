import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledgeService, createMemoryKnowledgeCache } from '../../../src/knowledge';
import type { BackstoryDb } from '../../../src/store/schema';
import { analyzeRequest, backgroundFor, saveRequest, sender } from './harness';

const dbs: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const privately = sender(undefined, { tabId: 5, incognito: true });

describe('a private window writes nothing', () => {
  it('analysis, save, note, delete and "turn off on this site" from a private tab leave the database as it was', async () => {
    const { h, db, told } = backgroundFor();
    dbs.push(db);
    const saved = await h.content['highlight/save'](saveRequest(undefined, 'kept'), sender());
    if (!saved.ok) throw new Error('not saved');
    const id = saved.highlight.id;
    const before = await Promise.all(db.tables.map((t) => t.toArray()));

    await h.content['page/analyze'](analyzeRequest(), privately);
    expect(await h.content['highlight/save'](saveRequest(), privately)).toEqual({
      ok: false,
      reason: 'private-window',
    });
    expect(await h.content['highlight/note']({ id, note: 'changed' }, privately)).toEqual({
      ok: false,
      reason: 'private-window',
    });
    expect(await h.content['highlight/delete']({ id }, privately)).toEqual({ ok: false, reason: 'private-window' });
    expect(await h.content['site/disable-here']({}, privately)).toEqual({ ok: false, reason: 'private-window' });

    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);
    expect(told.settings).toBe(0);
  });

  it("the popup's site switch for a private tab is refused; for a normal tab it is saved", async () => {
    const { h, db } = backgroundFor({ isPrivateTab: async (tabId) => tabId === 5 });
    dbs.push(db);
    expect(await h.extensionPage['site/set']({ host: 'news.example', enabled: false, tabId: 5 })).toEqual({
      ok: false,
      reason: 'private-window',
    });
    expect((await h.extensionPage['settings/get']({})).settings.disabledSites).toEqual([]);
    expect(await h.extensionPage['site/set']({ host: 'news.example', enabled: false, tabId: 6 })).toMatchObject({
      ok: true,
    });
  });

  it("a private window's look-ups bypass the browser's HTTP cache ('no-store')", async () => {
    const modes: (RequestCache | undefined)[] = [];
    const service = createKnowledgeService({
      fetch: async (_input, init) => {
        modes.push(init?.cache);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
      cache: createMemoryKnowledgeCache(),
      httpCache: 'no-store',
      userAgent: 'Backstory-test/0.1 (unit tests)',
      sleep: async () => {},
    });
    await service.lookup({
      name: 'Fuad Hussein',
      aliases: [],
      type: 'PERSON',
      roles: [],
      context: [],
      published: null,
    });
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['no-store']));
  });
});
