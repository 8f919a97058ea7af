import { describe, expect, it } from 'vitest';
import { createMemoryKnowledgeCache } from '../../../src/knowledge';
import { createReadThrough } from '../../../src/knowledge/read-through';
import type { KnowledgeCache } from '../../../src/knowledge/types';

const FRESH = 100;
const STALE = 1000;

function setup(cache: KnowledgeCache = createMemoryKnowledgeCache()) {
  let t = 0;
  const loads: string[][] = [];
  let failing = false;
  const load = async (ids: string[]) => {
    loads.push(ids);
    if (failing) throw new Error('offline');
    return Object.fromEntries(ids.map((id) => [id, `${id}@${t}`]));
  };
  const rt = createReadThrough({ cache, now: () => t, freshMs: FRESH, staleMs: STALE });
  return {
    rt,
    loads,
    get: (ids: string[]) => rt.get('x:', ids, load),
    at: (ms: number) => void (t = ms),
    offline: () => void (failing = true),
  };
}

describe('read-through cache', () => {
  it('loads only what it lacks, once per id, and serves fresh answers as they are', async () => {
    const c = setup();
    expect(await c.get(['a', 'b', 'a'])).toEqual({ a: 'a@0', b: 'b@0' });
    c.at(FRESH - 1);
    expect(await c.get(['a', 'c'])).toEqual({ a: 'a@0', c: `c@${FRESH - 1}` });
    expect(c.loads).toEqual([['a', 'b'], ['c']]);
  });

  it('serves a stale answer at once and refreshes it in the background', async () => {
    const c = setup();
    await c.get(['a']);
    c.at(FRESH + 1);
    expect(await c.get(['a'])).toEqual({ a: 'a@0' });
    await c.rt.settled();
    expect(await c.get(['a'])).toEqual({ a: `a@${FRESH + 1}` });
    expect(c.loads).toEqual([['a'], ['a']]);
  });

  it('refetches an expired answer, but still uses it when the network fails', async () => {
    const c = setup();
    await c.get(['a']);
    c.at(STALE + 1);
    expect(await c.get(['a'])).toEqual({ a: `a@${STALE + 1}` });
    c.at(3 * STALE);
    c.offline();
    expect(await c.get(['a'])).toEqual({ a: `a@${STALE + 1}` });
    await expect(c.get(['never-seen'])).rejects.toThrow('offline');
  });

  it('shares one load between concurrent reads of the same id', async () => {
    const c = setup();
    const [one, two] = await Promise.all([c.get(['a']), c.get(['a', 'b'])]);
    expect(one).toEqual({ a: 'a@0' });
    expect(two).toEqual({ a: 'a@0', b: 'b@0' });
    expect(c.loads).toEqual([['a'], ['b']]);
  });

  it('a broken store costs the cache, not the answer', async () => {
    const broken: KnowledgeCache = {
      getMany: async () => Promise.reject(new Error('quota')),
      putMany: async () => Promise.reject(new Error('quota')),
      getChoice: async () => undefined,
      putChoice: async () => {},
      clear: async () => {},
    };
    const c = setup(broken);
    expect(await c.get(['a'])).toEqual({ a: 'a@0' });
    expect(await c.get(['a'])).toEqual({ a: 'a@0' });
    expect(c.loads).toEqual([['a'], ['a']]);
  });
});
