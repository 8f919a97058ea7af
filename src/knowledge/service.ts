import { buildCard } from './card';
import { referencedIds } from './facts';
import { WikimediaError, createHttpClient } from './http';
import { decide } from './linking/decide';
import { nameKey, nameSimilarity } from '../names';
import { type ScoredCandidate, scoreCandidate } from './linking/score';
import type { WikidataItem } from './parsers/entities';
import type { EntityHit, TitleHit } from './parsers/search';
import type { PageSummary } from './parsers/summary';
import type {
  CacheEntry,
  KnowledgeCache,
  KnowledgeCandidate,
  KnowledgeEntityType,
  KnowledgeResult,
  LookupQuery,
  OfflineReason,
} from './types';
import { createWikimediaClient } from './wikimedia-client';
import { dateFromMs, parseIsoDate } from './wikidate';

const DAY = 24 * 60 * 60 * 1000;

export interface KnowledgeServiceOptions {
  fetch: typeof fetch;
  cache: KnowledgeCache;
  /** For tests only: the fake server's address. */
  wikipediaBase?: string;
  wikidataBase?: string;
  /** Sent as `Api-User-Agent`: `wikimediaUserAgent()` (user-agent.ts), with the project's contact. */
  userAgent: string;
  now?: () => number;
  /** Answers younger than this are used as they are (default 4 weeks). */
  freshMs?: number;
  /** Older answers up to this age are used at once and refreshed in the background (default 26 weeks). */
  staleMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface KnowledgeService {
  lookup(query: LookupQuery): Promise<KnowledgeResult>;
  /** Remembers the reader's pick for this name; later look-ups of the name link to it directly. */
  choose(name: string, qid: string): Promise<void>;
  /** Resolves once background refreshes have finished (tests, benches, shutdown). */
  settled(): Promise<void>;
}

const TYPES = new Set<KnowledgeEntityType>(['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER']);
const QID = /^Q[1-9]\d{0,11}$/;
const MAX_CANDIDATES = 6;
const MAX_ALIAS_SEARCHES = 2;

function str(v: unknown, max: number): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

/** "Kadhimi's" is searched as "Kadhimi". */
function mentionText(v: unknown): string {
  return str(v, 200).replace(/['’]s$/, '');
}

function strings(v: unknown, count: number, max: number): string[] {
  return Array.isArray(v)
    ? v
        .map((x) => str(x, max))
        .filter(Boolean)
        .slice(0, count)
    : [];
}

/** The query arrives over extension messaging: take nothing on trust. */
export function sanitizeQuery(raw: unknown): LookupQuery {
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const type = q['type'] as KnowledgeEntityType;
  return {
    name: mentionText(q['name']),
    aliases: Array.isArray(q['aliases']) ? q['aliases'].map(mentionText).filter(Boolean).slice(0, 10) : [],
    type: TYPES.has(type) ? type : 'OTHER',
    roles: strings(q['roles'], 10, 200),
    context: strings(q['context'], 50, 200),
    published: str(q['published'], 40) || null,
  };
}

/** Anything else (an envelope, bad JSON, a shape no parser expected) is a bad response: never a broken card. */
function reasonOf(err: unknown): OfflineReason {
  if (err instanceof WikimediaError) {
    if (err.kind === 'network') return 'offline';
    if (err.kind === 'timeout') return 'timeout';
    if (err.kind === 'rate-limited') return 'rate-limited';
  }
  return 'bad-response';
}

function candidateOf(c: ScoredCandidate): KnowledgeCandidate {
  return {
    qid: c.item.qid,
    label: c.item.label || c.item.qid,
    description: c.item.description,
    score: Math.round(c.score * 100) / 100,
  };
}

function isDisambiguationHit(h: EntityHit): boolean {
  return /disambiguation page/i.test(h.description);
}

export function createKnowledgeService(options: KnowledgeServiceOptions): KnowledgeService {
  const now = options.now ?? Date.now;
  const freshMs = options.freshMs ?? 28 * DAY;
  const staleMs = options.staleMs ?? 182 * DAY;
  const { cache } = options;
  const http = createHttpClient({
    fetch: options.fetch,
    userAgent: options.userAgent,
    now,
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.sleep !== undefined && { sleep: options.sleep }),
  });
  const client = createWikimediaClient(http, {
    ...(options.wikipediaBase !== undefined && { wikipedia: options.wikipediaBase }),
    ...(options.wikidataBase !== undefined && { wikidata: options.wikidataBase }),
  });
  const background = new Set<Promise<void>>();
  const refreshing = new Set<string>();
  const inflight = new Map<string, Promise<unknown>>();

  // A full or blocked IndexedDB must not cost the reader the card: the cache is an optimisation.
  async function store<V>(prefix: string, values: Record<string, V>): Promise<void> {
    const at = now();
    const entries: CacheEntry[] = Object.entries(values).map(([id, value]) => ({
      key: prefix + id,
      value,
      fetchedAt: at,
    }));
    await cache.putMany(entries).catch(() => undefined);
  }

  async function read(keys: string[]): Promise<(CacheEntry | undefined)[]> {
    return cache.getMany(keys).catch(() => keys.map(() => undefined));
  }

  /**
   * Read-through cache: fresh answers as they are, stale ones at once with a background refresh, and
   * expired ones refetched but still used when the network fails (offline reading).
   */
  async function cached<V>(
    prefix: string,
    ids: string[],
    load: (ids: string[]) => Promise<Record<string, V>>,
  ): Promise<Record<string, V>> {
    const unique = [...new Set(ids)];
    const entries = await read(unique.map((id) => prefix + id));
    const t = now();
    const values: Record<string, V> = {};
    const expired: Record<string, V> = {};
    const toFetch: string[] = [];
    const toRefresh: string[] = [];
    unique.forEach((id, i) => {
      const entry = entries[i];
      if (!entry) return void toFetch.push(id);
      const age = t - entry.fetchedAt;
      if (age < freshMs) values[id] = entry.value as V;
      else if (age < staleMs) {
        values[id] = entry.value as V;
        if (!refreshing.has(prefix + id)) toRefresh.push(id);
      } else {
        expired[id] = entry.value as V;
        toFetch.push(id);
      }
    });
    if (toRefresh.length > 0) {
      for (const id of toRefresh) refreshing.add(prefix + id);
      const job = load(toRefresh)
        .then((got) => store(prefix, got))
        .catch(() => undefined)
        .finally(() => {
          for (const id of toRefresh) refreshing.delete(prefix + id);
          background.delete(job);
        });
      background.add(job);
    }
    if (toFetch.length > 0) {
      // Concurrent look-ups (a popup opening every card) share one request per key.
      const shared = toFetch
        .filter((id) => inflight.has(prefix + id))
        .map((id) => [id, inflight.get(prefix + id)!] as const);
      const mine = toFetch.filter((id) => !inflight.has(prefix + id));
      const jobs: Promise<void>[] = [];
      if (mine.length > 0) {
        const job = load(mine).then(async (got) => {
          await store(prefix, got);
          return got;
        });
        for (const id of mine) {
          const one = job.then((got) => got[id]);
          one.catch(() => undefined);
          inflight.set(prefix + id, one);
        }
        const clear = () => mine.forEach((id) => inflight.delete(prefix + id));
        void job.then(clear, clear);
        jobs.push(job.then((got) => void Object.assign(values, got)));
      }
      for (const [id, one] of shared) {
        jobs.push(
          one.then((v) => {
            if (v !== undefined) values[id] = v as V;
          }),
        );
      }
      try {
        await Promise.all(jobs);
      } catch (err) {
        if (toFetch.some((id) => !(id in values) && !(id in expired))) throw err;
        for (const id of toFetch) if (!(id in values)) values[id] = expired[id] as V;
      }
    }
    return values;
  }

  const searchKey = (name: string) => name.toLowerCase();

  async function searchEntities(name: string): Promise<EntityHit[]> {
    const key = searchKey(name);
    return (await cached('wds:', [key], async () => ({ [key]: await client.searchEntities(name) })))[key] ?? [];
  }

  async function prefixSearch(name: string): Promise<TitleHit[]> {
    const key = searchKey(name);
    return (await cached('wps:', [key], async () => ({ [key]: await client.prefixSearch(name) })))[key] ?? [];
  }

  async function items(ids: string[]): Promise<Record<string, WikidataItem | 'missing'>> {
    return cached('wde:', ids, (missing) => client.entities(missing));
  }

  /** Labels are decoration: without them a card loses facts, not its link. */
  async function labels(list: WikidataItem[]): Promise<Record<string, string>> {
    const ids = [...new Set(list.flatMap(referencedIds))];
    try {
      return await cached('wdl:', ids, async (missing) => {
        const got = await client.labels(missing);
        return Object.fromEntries(missing.map((id) => [id, got[id] ?? '']));
      });
    } catch {
      return {};
    }
  }

  /** The summary is decoration too: an unreadable one leaves a Wikidata-only card. */
  async function summary(title: string | null): Promise<PageSummary | null> {
    if (!title) return null;
    try {
      return (await cached('sum:', [title], async () => ({ [title]: await client.summary(title) })))[title] ?? null;
    } catch {
      return null;
    }
  }

  /** Search hits in order: the full name first; aliases only when it finds nothing named like it. */
  async function findCandidates(q: LookupQuery): Promise<{ qid: string; rank: number }[]> {
    const lists: { qid: string }[][] = [];
    const first = (await searchEntities(q.name)).filter((h) => !isDisambiguationHit(h));
    lists.push(first);
    const named = first.some(
      (h) => Math.max(nameSimilarity(q.name, h.label), nameSimilarity(q.name, h.matchText)) >= 0.9,
    );
    if (!named) {
      const self = nameKey(q.name);
      const aliases = [...new Map(q.aliases.filter((a) => a.length >= 3).map((a) => [nameKey(a), a])).entries()]
        .filter(([key]) => key && key !== self)
        .map(([, a]) => a)
        .sort((a, b) => b.length - a.length)
        .slice(0, MAX_ALIAS_SEARCHES);
      for (const alias of aliases) lists.push((await searchEntities(alias)).filter((h) => !isDisambiguationHit(h)));
    }
    if (lists.every((l) => l.length === 0)) {
      const titles = await prefixSearch(q.name);
      lists.push(titles.filter((t) => !t.disambiguation && t.qid).map((t) => ({ qid: t.qid! })));
    }
    const ranks = new Map<string, number>();
    for (const list of lists) list.forEach((h, i) => ranks.set(h.qid, Math.min(ranks.get(h.qid) ?? i, i)));
    return [...ranks.entries()]
      .map(([qid, rank]) => ({ qid, rank }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, MAX_CANDIDATES);
  }

  async function linked(
    q: LookupQuery,
    item: WikidataItem,
    extra: {
      labels: Record<string, string>;
      confidence: number;
      chosenByReader: boolean;
      alternatives: KnowledgeCandidate[];
      /** A summary already requested for this item. */
      early?: Promise<PageSummary | null>;
    },
  ): Promise<KnowledgeResult> {
    const page = await (extra.early ?? summary(item.enwikiTitle));
    const entity = buildCard({
      item,
      labels: extra.labels,
      summary: page,
      published: parseIsoDate(q.published),
      today: dateFromMs(now()),
      roles: q.roles,
    });
    return {
      status: 'linked',
      query: q.name,
      entity,
      confidence: extra.confidence,
      chosenByReader: extra.chosenByReader,
      alternatives: extra.alternatives,
    };
  }

  async function lookup(raw: LookupQuery): Promise<KnowledgeResult> {
    const q = sanitizeQuery(raw);
    if (!nameKey(q.name)) return { status: 'none', query: q.name };
    try {
      const chosen = await cache.getChoice(nameKey(q.name)).catch(() => undefined);
      if (chosen) {
        const item = (await items([chosen]))[chosen];
        if (item && item !== 'missing') {
          return await linked(q, item, {
            labels: await labels([item]),
            confidence: 1,
            chosenByReader: true,
            alternatives: [],
          });
        }
      }
      const hits = await findCandidates(q);
      if (hits.length === 0) return { status: 'none', query: q.name };
      const found = await items(hits.map((h) => h.qid));
      const present = hits.flatMap((h) => {
        const item = found[h.qid];
        return item && item !== 'missing' ? [{ item, rank: h.rank }] : [];
      });
      if (present.length === 0) return { status: 'none', query: q.name };
      const published = parseIsoDate(q.published);
      // Wikipedia and Wikidata are different hosts: when the winner is clear before labels arrive, its
      // summary is fetched from Wikipedia while the labels come from Wikidata, saving a round trip.
      const provisional = decide(present.map((p) => scoreCandidate(q, p, {}, published)));
      const guess = provisional.kind === 'linked' ? provisional.best.item : null;
      const early = guess ? summary(guess.enwikiTitle) : undefined;
      const names = await labels(present.map((p) => p.item));
      const decision = decide(present.map((p) => scoreCandidate(q, p, names, published)));
      if (decision.kind === 'none') return { status: 'none', query: q.name };
      if (decision.kind === 'uncertain')
        return { status: 'uncertain', query: q.name, candidates: decision.candidates.map(candidateOf) };
      return await linked(q, decision.best.item, {
        labels: names,
        confidence: decision.confidence,
        chosenByReader: false,
        alternatives: decision.others.map(candidateOf),
        ...(early && decision.best.item.qid === guess?.qid && { early }),
      });
    } catch (err) {
      return { status: 'offline-error', query: q.name, reason: reasonOf(err) };
    }
  }

  return {
    lookup,
    async choose(name, qid) {
      const key = nameKey(str(name, 200));
      if (!key || !QID.test(qid)) throw new Error('choose: a name and a Wikidata id (Q…) are required');
      await cache.putChoice(key, qid);
    },
    async settled() {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
