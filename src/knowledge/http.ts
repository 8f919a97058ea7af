/**
 * Wikimedia's API etiquette in one place: one request at a time per host, an `Api-User-Agent` header,
 * back-off on 429/503 with `Retry-After`, a timeout, and a size limit so a huge answer cannot stall the
 * background.
 */

export type FailureKind = 'network' | 'timeout' | 'rate-limited' | 'http' | 'too-large' | 'bad-json';

export class WikimediaError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'WikimediaError';
  }
}

export interface HttpOptions {
  fetch: typeof fetch;
  userAgent: string;
  /** The browser's HTTP cache mode (`fetch`'s `cache`); left to the browser when absent. */
  cache?: RequestCache;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Retries after a 429/503. */
  maxRetries?: number;
  /** A longer `Retry-After` is not waited out: the host is paused and callers fall back to the cache. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface HttpClient {
  /** The parsed JSON body, or null for a 404 (a page that does not exist). */
  getJson(url: string): Promise<unknown>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function readLimited(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new WikimediaError('too-large', `response of ${declared} bytes`);
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new WikimediaError('too-large', `response over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export function createHttpClient(options: HttpOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 4_000_000;
  const maxRetries = options.maxRetries ?? 2;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const tails = new Map<string, Promise<void>>();
  const pausedUntil = new Map<string, number>();

  async function attempt(url: string): Promise<{ retryAfter: number } | { value: unknown }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await options.fetch(url, {
        headers: { 'Api-User-Agent': options.userAgent, Accept: 'application/json' },
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        ...(options.cache && { cache: options.cache }),
      });
      if (res.status === 429 || res.status === 503) {
        await res.body?.cancel();
        return { retryAfter: parseRetryAfter(res.headers.get('retry-after'), now()) ?? 1000 };
      }
      if (res.status === 404) {
        await res.body?.cancel();
        return { value: null };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new WikimediaError('http', `HTTP ${res.status}`);
      }
      const body = await readLimited(res, maxBytes);
      try {
        return { value: JSON.parse(body) as unknown };
      } catch {
        throw new WikimediaError('bad-json', 'response is not JSON');
      }
    } catch (err) {
      if (err instanceof WikimediaError) throw err;
      if (controller.signal.aborted) throw new WikimediaError('timeout', `no answer within ${timeoutMs} ms`);
      throw new WikimediaError('network', err instanceof Error ? err.message : 'network error');
    } finally {
      clearTimeout(timer);
    }
  }

  async function request(host: string, url: string): Promise<unknown> {
    for (let tries = 0; ; tries++) {
      const paused = pausedUntil.get(host) ?? 0;
      if (paused > now()) throw new WikimediaError('rate-limited', `${host} asked us to wait`);
      const outcome = await attempt(url);
      if ('value' in outcome) return outcome.value;
      if (tries >= maxRetries || outcome.retryAfter > maxRetryAfterMs) {
        pausedUntil.set(host, now() + outcome.retryAfter);
        throw new WikimediaError('rate-limited', `${host} answered 429`);
      }
      // The host's queue stays blocked while we wait, so nothing else is sent to it meanwhile.
      await sleep(outcome.retryAfter);
    }
  }

  return {
    getJson(url: string): Promise<unknown> {
      const host = new URL(url).host;
      const previous = tails.get(host) ?? Promise.resolve();
      const run = previous.then(() => request(host, url));
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      tails.set(host, tail);
      void tail.then(() => {
        if (tails.get(host) === tail) tails.delete(host);
      });
      return run;
    },
  };
}
