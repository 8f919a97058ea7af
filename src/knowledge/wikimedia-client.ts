import { createBatcher } from './batcher';
import type { HttpClient } from './http';
import { type ParsedEntities, type WikidataItem, parseEntities, parseLabels } from './parsers/entities';
import { type EntityHit, type TitleHit, parsePrefixSearch, parseEntitySearch } from './parsers/search';
import { type PageSummary, parseSummary } from './parsers/summary';

export const WIKIPEDIA_BASE = 'https://en.wikipedia.org';
export const WIKIDATA_BASE = 'https://www.wikidata.org';

/** Typed calls to the four endpoints a card needs. Only names and ids are ever sent. */
export interface WikimediaClient {
  summary(title: string): Promise<PageSummary | null>;
  prefixSearch(name: string): Promise<TitleHit[]>;
  searchEntities(name: string): Promise<EntityHit[]>;
  /** Ids the answer does not mention are reported as 'missing'. */
  entities(ids: string[]): Promise<ParsedEntities>;
  labels(ids: string[]): Promise<Record<string, string>>;
}

function actionUrl(base: string, params: Record<string, string>): string {
  // origin=* makes the Action API answer anonymous CORS requests; it never sends cookies then.
  const query = new URLSearchParams({ format: 'json', formatversion: '2', origin: '*', ...params });
  return `${base}/w/api.php?${query.toString()}`;
}

export function createWikimediaClient(
  http: HttpClient,
  bases: { wikipedia?: string; wikidata?: string } = {},
): WikimediaClient {
  const wikipedia = (bases.wikipedia ?? WIKIPEDIA_BASE).replace(/\/+$/, '');
  const wikidata = (bases.wikidata ?? WIKIDATA_BASE).replace(/\/+$/, '');

  const loadEntities = createBatcher<WikidataItem | 'missing'>(async (ids) => {
    const json = await http.getJson(
      actionUrl(wikidata, {
        action: 'wbgetentities',
        ids: ids.join('|'),
        props: 'labels|descriptions|aliases|claims|sitelinks',
        languages: 'en',
        sitefilter: 'enwiki',
      }),
    );
    const parsed = parseEntities(json);
    for (const id of ids) parsed[id] ??= 'missing';
    return parsed;
  });

  const loadLabels = createBatcher<string>(async (ids) =>
    parseLabels(
      await http.getJson(
        actionUrl(wikidata, { action: 'wbgetentities', ids: ids.join('|'), props: 'labels', languages: 'en' }),
      ),
    ),
  );

  return {
    async summary(title) {
      const path = encodeURIComponent(title.replace(/ /g, '_'));
      return parseSummary(await http.getJson(`${wikipedia}/api/rest_v1/page/summary/${path}`));
    },
    async prefixSearch(name) {
      const json = await http.getJson(
        actionUrl(wikipedia, {
          action: 'query',
          generator: 'prefixsearch',
          gpssearch: name,
          gpslimit: '8',
          prop: 'description|pageprops',
          ppprop: 'disambiguation|wikibase_item',
          redirects: '1',
        }),
      );
      return parsePrefixSearch(json);
    },
    async searchEntities(name) {
      const json = await http.getJson(
        actionUrl(wikidata, {
          action: 'wbsearchentities',
          search: name,
          language: 'en',
          uselang: 'en',
          type: 'item',
          limit: '7',
        }),
      );
      return parseEntitySearch(json);
    },
    async entities(ids) {
      const all = await loadEntities(ids);
      const out: ParsedEntities = {};
      for (const id of ids) out[id] = all[id] ?? 'missing';
      return out;
    },
    async labels(ids) {
      const all = await loadLabels(ids);
      const out: Record<string, string> = {};
      for (const id of ids) {
        const label = all[id];
        if (label) out[id] = label;
      }
      return out;
    },
  };
}
