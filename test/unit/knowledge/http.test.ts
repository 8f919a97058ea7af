import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBatcher } from '../../../src/knowledge/batcher';
import { WikimediaError, createHttpClient, parseRetryAfter } from '../../../src/knowledge/http';
import { type FakeWikimedia, startFakeWikimedia } from '../../fixtures/wikimedia/server';

let server: FakeWikimedia;
beforeAll(async () => {
  server = await startFakeWikimedia({ slowMs: 5000 });
});
afterAll(() => server.close());

const search = (name: string) =>
  `${server.baseUrl}/w/api.php?action=wbsearchentities&format=json&origin=*&search=${encodeURIComponent(name)}`;

function kindOf(err: unknown): string {
  return err instanceof WikimediaError ? err.kind : String(err);
}

describe('request queue', () => {
  it('identifies itself with Api-User-Agent', async () => {
    const http = createHttpClient({ fetch, userAgent: 'Backstory-test/1.0' });
    await http.getJson(search('Kadhimi'));
    expect(server.requests.at(-1)?.apiUserAgent).toBe('Backstory-test/1.0');
  });

  it('sends one request at a time to a host, in order', async () => {
    let inFlight = 0;
    let max = 0;
    const order: string[] = [];
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      max = Math.max(max, inFlight);
      order.push(new URL(String(input)).searchParams.get('search') ?? '');
      try {
        const res = await fetch(input, init);
        return new Response(await res.text(), { status: res.status, headers: res.headers });
      } finally {
        inFlight--;
      }
    };
    const http = createHttpClient({ fetch: counting, userAgent: 'test' });
    const names = ['Washington', 'Hussein', 'Salih', 'Kadhimi', 'Pompeo'];
    const answers = await Promise.all(names.map((n) => http.getJson(search(n))));
    expect(max).toBe(1);
    expect(order).toEqual(names);
    expect(answers.every((a) => typeof a === 'object' && a !== null && 'search' in a)).toBe(true);
  });

  it('queues per host: a second host is not held up by the first', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fake: typeof fetch = async (input) => {
      const host = new URL(String(input)).host;
      started.push(host);
      if (host === 'a.test') await gate;
      return new Response('{}', { status: 200 });
    };
    const http = createHttpClient({ fetch: fake, userAgent: 'test' });
    const a1 = http.getJson('https://a.test/1');
    const a2 = http.getJson('https://a.test/2');
    await http.getJson('https://b.test/1');
    expect(started).toEqual(['a.test', 'b.test']);
    release();
    await Promise.all([a1, a2]);
    expect(started).toEqual(['a.test', 'b.test', 'a.test']);
  });

  it('waits out Retry-After on a 429 and retries', async () => {
    const waits: number[] = [];
    const http = createHttpClient({ fetch, userAgent: 'test', sleep: async (ms) => void waits.push(ms) });
    const before = server.requests.length;
    const json = await http.getJson(search('Mike Pompeo'));
    expect(waits).toEqual([1000]);
    expect(server.requests.length - before).toBe(2);
    expect(json).toMatchObject({ search: [{ label: 'Mike Pompeo' }] });
  });

  it('stops and pauses the host when Retry-After is too long', async () => {
    let calls = 0;
    let clock = 0;
    const limited: typeof fetch = async () => {
      calls++;
      return new Response('{}', { status: 429, headers: { 'retry-after': '120' } });
    };
    const http = createHttpClient({ fetch: limited, userAgent: 'test', now: () => clock, sleep: async () => {} });
    await expect(http.getJson('https://c.test/a')).rejects.toSatisfy((e) => kindOf(e) === 'rate-limited');
    await expect(http.getJson('https://c.test/b')).rejects.toSatisfy((e) => kindOf(e) === 'rate-limited');
    expect(calls).toBe(1);
    clock = 121_000;
    await expect(http.getJson('https://c.test/c')).rejects.toSatisfy((e) => kindOf(e) === 'rate-limited');
    expect(calls).toBe(2);
  });

  it('gives up after a few 429s', async () => {
    let calls = 0;
    const limited: typeof fetch = async () => {
      calls++;
      return new Response('{}', { status: 429 });
    };
    const http = createHttpClient({ fetch: limited, userAgent: 'test', sleep: async () => {}, maxRetries: 2 });
    await expect(http.getJson('https://d.test/a')).rejects.toSatisfy((e) => kindOf(e) === 'rate-limited');
    expect(calls).toBe(3);
  });

  it('times out a slow answer', async () => {
    const http = createHttpClient({ fetch, userAgent: 'test', timeoutMs: 100 });
    await expect(http.getJson(search('Slow Person'))).rejects.toSatisfy((e) => kindOf(e) === 'timeout');
  });

  it('refuses a huge answer without a content-length', async () => {
    const http = createHttpClient({ fetch, userAgent: 'test', maxBytes: 1_000_000 });
    await expect(http.getJson(search('Enormous'))).rejects.toSatisfy((e) => kindOf(e) === 'too-large');
  });

  it('refuses an answer whose declared length is too big, before reading it', async () => {
    // The body itself is small and valid: only the declared length can make this fail.
    const big: typeof fetch = async () =>
      new Response('{}', { status: 200, headers: { 'content-length': '99999999' } });
    const http = createHttpClient({ fetch: big, userAgent: 'test' });
    await expect(http.getJson('https://e.test/')).rejects.toSatisfy((e) => kindOf(e) === 'too-large');
  });

  it('reports bad JSON, network failure and HTTP errors by kind; a 404 is null', async () => {
    const http = createHttpClient({ fetch, userAgent: 'test' });
    await expect(http.getJson(search('Garbled'))).rejects.toSatisfy((e) => kindOf(e) === 'bad-json');
    expect(await http.getJson(`${server.baseUrl}/api/rest_v1/page/summary/No_such_page`)).toBeNull();
    const down: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(createHttpClient({ fetch: down, userAgent: 't' }).getJson('https://f.test/')).rejects.toSatisfy(
      (e) => kindOf(e) === 'network',
    );
    const broken: typeof fetch = async () => new Response('oops', { status: 500 });
    await expect(createHttpClient({ fetch: broken, userAgent: 't' }).getJson('https://g.test/')).rejects.toSatisfy(
      (e) => kindOf(e) === 'http',
    );
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});

describe('batcher', () => {
  it('coalesces ids asked for in the same tick and splits at the limit', async () => {
    const calls: string[][] = [];
    const load = createBatcher(async (ids: string[]) => {
      calls.push(ids);
      return Object.fromEntries(ids.map((id) => [id, id.toLowerCase()]));
    }, 3);
    const [a, b] = await Promise.all([load(['Q1', 'Q2']), load(['Q2', 'Q3', 'Q4'])]);
    expect(calls).toEqual([['Q1', 'Q2', 'Q3'], ['Q4']]);
    expect(a['Q1']).toBe('q1');
    expect(b['Q4']).toBe('q4');
    await load(['Q5']);
    expect(calls).toHaveLength(3);
  });

  it('rejects every waiter of a failed batch', async () => {
    const load = createBatcher(async () => {
      throw new Error('down');
    });
    await expect(Promise.all([load(['Q1']), load(['Q2'])])).rejects.toThrow('down');
  });
});
