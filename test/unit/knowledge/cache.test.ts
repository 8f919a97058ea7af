import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDexieKnowledgeCache, createMemoryKnowledgeCache } from '../../../src/knowledge';
import type { KnowledgeCache } from '../../../src/knowledge';
import { type FakeWikimedia, startFakeWikimedia } from '../../fixtures/wikimedia/server';
import { Q } from '../../fixtures/wikimedia/world';
import { IRAQ_2020, TODAY, linkedQid, query, serviceFor } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
let dbCount = 0;
const freshDb = () => `backstory-knowledge-test-${++dbCount}`;

let server: FakeWikimedia;
beforeAll(async () => {
  server = await startFakeWikimedia();
});
afterAll(() => server.close());

const kadhimi = query({
  name: 'Mustafa al-Khadimi',
  aliases: ['Kadhimi'],
  roles: ['Iraqi Prime Minister'],
  context: IRAQ_2020,
  published: '2020-10-09',
});

const offline: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};

describe('Dexie knowledge cache', () => {
  it('stores, reads back and keeps choices across reopening', async () => {
    const name = freshDb();
    const a = createDexieKnowledgeCache(name);
    await a.putMany([{ key: 'wde:Q1', value: { label: 'universe' }, fetchedAt: 5 }]);
    await a.putChoice('hussein', 'Q1316');
    a.close();
    const b = createDexieKnowledgeCache(name);
    expect(await b.getMany(['wde:Q1', 'wde:Q2'])).toEqual([
      { key: 'wde:Q1', value: { label: 'universe' }, fetchedAt: 5 },
      undefined,
    ]);
    expect(await b.getChoice('hussein')).toBe('Q1316');
    expect(await b.getChoice('salih')).toBeUndefined();
    b.close();
  });

  it('evicts the least recently used entries beyond its bound, never the choices', async () => {
    let clock = 0;
    const cache = createDexieKnowledgeCache(freshDb(), { maxEntries: 20, now: () => clock });
    await cache.putChoice('washington', 'Q61');
    for (let i = 0; i < 20; i++) {
      clock = i * 2 * 60 * 60 * 1000;
      await cache.putMany([{ key: `k${i}`, value: i, fetchedAt: clock }]);
    }
    clock += 2 * 60 * 60 * 1000;
    // Reading k0 makes it recent again.
    await cache.getMany(['k0']);
    clock += 60 * 60 * 1000 + 1;
    await cache.putMany([{ key: 'k20', value: 20, fetchedAt: clock }]);
    const rows = await cache.getMany(Array.from({ length: 21 }, (_, i) => `k${i}`));
    const kept = rows.map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(kept).toContain(0);
    expect(kept).toContain(20);
    expect(kept).not.toContain(1);
    expect(await cache.getChoice('washington')).toBe('Q61');
    cache.close();
  });

  it('clears everything', async () => {
    const cache = createDexieKnowledgeCache(freshDb());
    await cache.putMany([{ key: 'a', value: 1, fetchedAt: 1 }]);
    await cache.putChoice('a', 'Q1');
    await cache.clear();
    expect(await cache.getMany(['a'])).toEqual([undefined]);
    expect(await cache.getChoice('a')).toBeUndefined();
    cache.close();
  });

  it('the memory cache keeps its bound too', async () => {
    const cache = createMemoryKnowledgeCache(2);
    await cache.putMany([1, 2, 3].map((i) => ({ key: `k${i}`, value: i, fetchedAt: 0 })));
    expect((await cache.getMany(['k1', 'k2', 'k3'])).map((r) => r?.value)).toEqual([undefined, 2, 3]);
  });
});

describe('look-ups through the cache', () => {
  async function warmed(cache: KnowledgeCache, at = TODAY) {
    const service = serviceFor(server, { cache, now: () => at });
    expect(linkedQid(await service.lookup(kadhimi))).toBe(Q.kadhimi);
  }

  it('a warm look-up sends no request and gives the same card', async () => {
    const cache = createDexieKnowledgeCache(freshDb());
    const first = await serviceFor(server, { cache }).lookup(kadhimi);
    const before = server.requests.length;
    const second = await serviceFor(server, { cache }).lookup(kadhimi);
    expect(server.requests.length).toBe(before);
    expect(second).toEqual(first);
    cache.close();
  });

  it('works offline from the cache, even long after', async () => {
    const cache = createDexieKnowledgeCache(freshDb());
    await warmed(cache);
    for (const age of [DAY, 60 * DAY, 400 * DAY]) {
      const service = serviceFor(server, { cache, fetch: offline, now: () => TODAY + age });
      const r = await service.lookup(kadhimi);
      expect(linkedQid(r)).toBe(Q.kadhimi);
      await service.settled();
    }
    cache.close();
  });

  it('says offline when nothing is cached and the network is down', async () => {
    const service = serviceFor(server, { fetch: offline });
    expect(await service.lookup(kadhimi)).toEqual({
      status: 'offline-error',
      query: 'Mustafa al-Khadimi',
      reason: 'offline',
    });
  });

  it('serves a stale answer at once and refreshes it in the background', async () => {
    const cache = createDexieKnowledgeCache(freshDb());
    await warmed(cache);
    const later = TODAY + 40 * DAY;
    const before = server.requests.length;
    const service = serviceFor(server, { cache, now: () => later });
    const r = await service.lookup(kadhimi);
    expect(linkedQid(r)).toBe(Q.kadhimi);
    await service.settled();
    expect(server.requests.length).toBeGreaterThan(before);
    const [entry] = await cache.getMany([`wde:${Q.kadhimi}`]);
    expect(entry?.fetchedAt).toBe(later);
    // Fresh again: no more requests.
    const after = server.requests.length;
    await serviceFor(server, { cache, now: () => later + DAY }).lookup(kadhimi);
    expect(server.requests.length).toBe(after);
    cache.close();
  });

  it('refetches an expired answer before using it', async () => {
    const cache = createDexieKnowledgeCache(freshDb());
    await warmed(cache);
    const much = TODAY + 300 * DAY;
    const before = server.requests.length;
    const service = serviceFor(server, { cache, now: () => much });
    await service.lookup(kadhimi);
    expect(server.requests.length).toBeGreaterThan(before);
    const [entry] = await cache.getMany([`wde:${Q.kadhimi}`]);
    expect(entry?.fetchedAt).toBe(much);
    cache.close();
  });

  it('does not cache failures: a timeout now, an answer later', async () => {
    const cache = createMemoryKnowledgeCache();
    const flaky = { down: true };
    const sometimes: typeof fetch = (input, init) => (flaky.down ? offline(input, init) : fetch(input, init));
    const service = serviceFor(server, { cache, fetch: sometimes });
    expect((await service.lookup(kadhimi)).status).toBe('offline-error');
    flaky.down = false;
    expect(linkedQid(await service.lookup(kadhimi))).toBe(Q.kadhimi);
  });

  it('maps failures to reasons: timeout, rate limit, bad answers', async () => {
    const service = serviceFor(server, { timeoutMs: 100 });
    expect(await service.lookup(query({ name: 'Slow Person' }))).toMatchObject({
      status: 'offline-error',
      reason: 'timeout',
    });
    expect(await service.lookup(query({ name: 'Garbled' }))).toMatchObject({
      status: 'offline-error',
      reason: 'bad-response',
    });
    expect(await serviceFor(server, { maxBytes: 200_000 }).lookup(query({ name: 'Enormous' }))).toMatchObject({
      status: 'offline-error',
      reason: 'bad-response',
    });
    expect(await service.lookup(query({ name: 'Broken Envelope' }))).toMatchObject({
      status: 'offline-error',
      reason: 'bad-response',
    });
    const limited: typeof fetch = async () => new Response('', { status: 429, headers: { 'retry-after': '3600' } });
    expect(await serviceFor(server, { fetch: limited }).lookup(kadhimi)).toMatchObject({
      status: 'offline-error',
      reason: 'rate-limited',
    });
  });

  it('survives a 429 with Retry-After and still links', async () => {
    const waits: number[] = [];
    const service = serviceFor(server, { sleep: async (ms) => void waits.push(ms) });
    const r = await service.lookup(
      query({
        name: 'Mike Pompeo',
        aliases: ['Pompeo'],
        roles: ['US Secretary of State'],
        context: IRAQ_2020,
        published: '2020-10-09',
      }),
    );
    expect(linkedQid(r)).toBe(Q.pompeo);
    if (r.status !== 'linked') return;
    expect(r.entity.thenAndNow).toBe(
      'At the time of this article (Oct 2020): United States Secretary of State, since Apr 2018. Left office Jan 2021.',
    );
  });

  it('a broken IndexedDB costs the cache, not the card', async () => {
    const fail = async () => {
      throw new Error('QuotaExceededError');
    };
    const broken: KnowledgeCache = { getMany: fail, putMany: fail, getChoice: fail, putChoice: fail, clear: fail };
    expect(linkedQid(await serviceFor(server, { cache: broken }).lookup(kadhimi))).toBe(Q.kadhimi);
  });

  it('concurrent look-ups of one name share their requests', async () => {
    const service = serviceFor(server);
    const before = server.requests.length;
    const [a, b] = await Promise.all([service.lookup(kadhimi), service.lookup(kadhimi)]);
    expect(b).toEqual(a);
    const searches = server.requests.slice(before).filter((r) => r.params['action'] === 'wbsearchentities');
    expect(searches.map((r) => r.params['search'])).toEqual(['Mustafa al-Khadimi', 'Kadhimi']);
  });

  it('results survive JSON, as extension messaging requires', async () => {
    const r = await serviceFor(server).lookup(kadhimi);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
