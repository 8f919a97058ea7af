import { LIMITS } from '../limits';
import { buildCard } from './card';
import { referencedIds } from './facts';
import { WikimediaError, createHttpClient } from './http';
import { decide } from './linking/decide';
import { nameKey, nameSimilarity } from '../names';
import { type ScoredCandidate, scoreCandidate } from './linking/score';
import type { WikidataItem } from './parsers/entities';
import type { EntityHit, TitleHit } from './parsers/search';
import type { PageSummary } from './parsers/summary';
import { createReadThrough } from './read-through';
import type {
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
  return str(v, LIMITS.lookupText).replace(/['’]s$/, '');
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
    aliases: Array.isArray(q['aliases'])
      ? q['aliases'].map(mentionText).filter(Boolean).slice(0, LIMITS.lookupAliases)
      : [],
    type: TYPES.has(type) ? type : 'OTHER',
    roles: strings(q['roles'], LIMITS.lookupRoles, LIMITS.lookupText),
    context: strings(q['context'], LIMITS.lookupContext, LIMITS.lookupText),
    published: str(q['published'], LIMITS.date) || null,
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
  // Parsed API answers go through the read-through cache; the reader's choices are read and written directly.
  const answers = createReadThrough({ cache: options.cache, now, freshMs, staleMs });

  const searchKey = (name: string) => name.toLowerCase();

  async function searchEntities(name: string): Promise<EntityHit[]> {
    const key = searchKey(name);
    return (await answers.get('wds:', [key], async () => ({ [key]: await client.searchEntities(name) })))[key] ?? [];
  }

  async function prefixSearch(name: string): Promise<TitleHit[]> {
    const key = searchKey(name);
    return (await answers.get('wps:', [key], async () => ({ [key]: await client.prefixSearch(name) })))[key] ?? [];
  }

  async function items(ids: string[]): Promise<Record<string, WikidataItem | 'missing'>> {
    return answers.get('wde:', ids, (missing) => client.entities(missing));
  }

  /** Labels are decoration: without them a card loses facts, not its link. */
  async function labels(list: WikidataItem[]): Promise<Record<string, string>> {
    const ids = [...new Set(list.flatMap(referencedIds))];
    try {
      return await answers.get('wdl:', ids, async (missing) => {
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
      return (
        (await answers.get('sum:', [title], async () => ({ [title]: await client.summary(title) })))[title] ?? null
      );
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
      const chosen = await options.cache.getChoice(nameKey(q.name)).catch(() => undefined);
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
      const key = nameKey(str(name, LIMITS.lookupText));
      if (!key || !QID.test(qid)) throw new Error('choose: a name and a Wikidata id (Q…) are required');
      await options.cache.putChoice(key, qid);
    },
    settled: () => answers.settled(),
  };
}
