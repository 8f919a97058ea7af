import { afterEach, describe, expect, it } from 'vitest';
import { createDexieKnowledgeCache, createKnowledgeService, createMemoryKnowledgeCache } from '../../../src/knowledge';
import type { BackstoryDb } from '../../../src/store/schema';
import { analyzeRequest, backgroundFor, saveRequest, sender } from './harness';

const dbs: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const service = (cache: ReturnType<typeof createMemoryKnowledgeCache>) =>
  createKnowledgeService({
    fetch: async () => {
      throw new Error('offline');
    },
    cache,
    userAgent: 'Backstory-test/0.1 (unit tests)',
  });

describe('erase all data', () => {
  it('empties both databases (history and highlights, and every name looked up with the reader’s choices)', async () => {
    const knowledgeDb = `test-erase-knowledge-${Math.random()}`;
    const onDisk = createDexieKnowledgeCache(knowledgeDb);
    const inMemory = createMemoryKnowledgeCache();
    const services = { normal: service(onDisk), private: service(inMemory) };
    const { h, db, told } = backgroundFor({
      knowledge: (incognito) => (incognito ? services.private : services.normal),
      knowledgeStore: onDisk,
    });
    dbs.push(db);
    await h.content['page/analyze'](analyzeRequest(), sender());
    await h.content['highlight/save'](saveRequest(), sender());
    await h.extensionPage['settings/set']({ patch: { lookups: false } });
    const entry = { key: 'search:fuad hussein', value: { hits: [] }, fetchedAt: 1 };
    for (const cache of [onDisk, inMemory]) {
      await cache.putMany([entry]);
      await cache.putChoice('fuad hussein', 'Q1');
    }

    expect(await h.extensionPage['data/erase']({})).toEqual({ ok: true });

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    for (const cache of [onDisk, inMemory]) {
      expect(await cache.getMany([entry.key])).toEqual([undefined]);
      expect(await cache.getChoice('fuad hussein')).toBeUndefined();
    }
    // A fresh look at the knowledge database on disk, not the cache's own handle.
    const reopened = createDexieKnowledgeCache(knowledgeDb);
    expect(await reopened.getMany([entry.key])).toEqual([undefined]);
    reopened.close();
    onDisk.close();
    expect(told.erased).toBe(1);
    expect((await h.extensionPage['view/page']({ tabId: 1 })).view).toBeNull();
  });
});
