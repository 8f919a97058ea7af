import { isRecord, qid, text, throwOnApiError } from './common';

/** One page from Wikipedia's title prefix search. */
export interface TitleHit {
  title: string;
  description: string;
  qid: string | null;
  disambiguation: boolean;
}

/** One item from Wikidata's `wbsearchentities`. */
export interface EntityHit {
  qid: string;
  label: string;
  description: string;
  /** 'label' or 'alias' (the API's `match.type`); aliases are how "Kadhimi" finds Mustafa Al-Kadhimi. */
  matchType: string;
  matchText: string;
}

/**
 * Parses `action=query&generator=prefixsearch&prop=description|pageprops`, in either formatversion
 * (2: `pages` is an array; 1: an object keyed by page id). Pages come back unordered; `index` is the rank.
 */
export function parsePrefixSearch(json: unknown): TitleHit[] {
  throwOnApiError(json);
  if (!isRecord(json)) return [];
  const query = json['query'];
  if (!isRecord(query)) return [];
  const pagesRaw = query['pages'];
  const pages: unknown[] = Array.isArray(pagesRaw) ? pagesRaw : isRecord(pagesRaw) ? Object.values(pagesRaw) : [];
  const ranked: { index: number; hit: TitleHit }[] = [];
  for (const p of pages) {
    if (!isRecord(p) || p['missing'] !== undefined || p['invalid'] !== undefined) continue;
    const title = text(p['title'], 300);
    if (!title) continue;
    const props = isRecord(p['pageprops']) ? p['pageprops'] : {};
    const terms = isRecord(p['terms']) ? p['terms'] : {};
    const termDescriptions = Array.isArray(terms['description']) ? terms['description'] : [];
    ranked.push({
      index: typeof p['index'] === 'number' ? p['index'] : Number.MAX_SAFE_INTEGER,
      hit: {
        title,
        description: text(p['description'], 300) || text(termDescriptions[0], 300),
        qid: qid(props['wikibase_item']),
        disambiguation: props['disambiguation'] !== undefined,
      },
    });
  }
  return ranked.sort((a, b) => a.index - b.index).map((r) => r.hit);
}

/** Parses `action=wbsearchentities`; results stay in the API's order (its own relevance ranking). */
export function parseEntitySearch(json: unknown): EntityHit[] {
  throwOnApiError(json);
  if (!isRecord(json) || !Array.isArray(json['search'])) return [];
  const hits: EntityHit[] = [];
  for (const r of json['search'] as unknown[]) {
    if (!isRecord(r)) continue;
    const id = qid(r['id']);
    if (!id) continue;
    const match = isRecord(r['match']) ? r['match'] : {};
    hits.push({
      qid: id,
      label: text(r['label'], 200),
      description: text(r['description'], 300),
      matchType: text(match['type'], 20),
      matchText: text(match['text'], 200),
    });
  }
  return hits;
}
