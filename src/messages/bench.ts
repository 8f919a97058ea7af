import { ATTRIBUTION_CATEGORIES, ENTITY_TYPES } from '../analysis/types';
import { LIMITS } from '../limits';
import type { RequestsOf } from './route';
import { arr, httpUrl, int, InvalidMessage, nullable, obj, oneOf, str } from './validate';
import type { EntityHistory } from './views';

/**
 * Extension page → background, in end-to-end test builds only (`npm run build:e2e`), for
 * `npm run bench -- history`: analyses made in Node are recorded through the background's own recording path,
 * so years of reading fill in minutes instead of hours of tagging in the browser. Release builds answer
 * nothing of this (scripts/test-all.mjs checks their bundles).
 */
const offset = int(0, LIMITS.offset);
const span = { start: offset, end: offset, text: str(LIMITS.articleText) };
const many = 100_000;
const analysis = obj({
  schema: (v: unknown, path = ''): 1 => {
    if (v !== 1) throw new InvalidMessage(`${path}: expected 1`);
    return 1;
  },
  title: str(LIMITS.title),
  url: str(LIMITS.url),
  published: nullable(str(LIMITS.date)),
  language: str(LIMITS.lang),
  text: str(LIMITS.articleText),
  entities: arr(
    obj({
      key: str(LIMITS.entityKey),
      name: str(LIMITS.title),
      type: oneOf(ENTITY_TYPES),
      roles: arr(str(LIMITS.title), many),
      mentions: arr(obj(span), many),
    }),
    many,
  ),
  attributions: arr(
    obj({
      ...span,
      category: oneOf(ATTRIBUTION_CATEGORIES),
      rule: str(LIMITS.entityKey),
      explanation: str(LIMITS.note),
      question: str(LIMITS.note),
    }),
    many,
  ),
  events: arr(obj({ ...span, date: str(LIMITS.date), entities: arr(str(LIMITS.entityKey), many) }), many),
});

export const benchRequests = {
  /** Records each article as a page read at `readAt`. */
  'bench/record': obj({
    articles: arr(obj({ analysis, site: str(LIMITS.site), readAt: int(0, LIMITS.timestamp) }), 1000),
  }),
  'bench/counts': obj({}),
  /**
   * A card's history of `key` seen from the article at `url`, through the card's own query: `card/entity` answers
   * only the content script of a tab showing the name.
   */
  'bench/card': obj({ key: str(LIMITS.entityKey), url: httpUrl() }),
};

export type BenchRequests = RequestsOf<typeof benchRequests>;

export interface BenchResponses {
  /** Milliseconds each article took to record. */
  'bench/record': { ms: number[] };
  /** Rows per table. */
  'bench/counts': Record<string, number>;
  'bench/card': EntityHistory;
}
