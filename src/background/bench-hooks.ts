import { ATTRIBUTION_CATEGORIES, ENTITY_TYPES } from '../analysis/types';
import { arr, int, InvalidMessage, nullable, obj, oneOf, str } from '../messages/validate';
import { recordArticle } from '../store/record-article';
import { resolveKeysAgainstHistory } from '../store/resolve-keys';
import type { BackstoryDb } from '../store/schema';

const offset = int();
const span = { start: offset, end: offset, text: str(100_000) };
const analysis = obj({
  schema: (v: unknown, path = ''): 1 => {
    if (v !== 1) throw new InvalidMessage(`${path}: expected 1`);
    return 1;
  },
  title: str(2000),
  url: str(4096),
  published: nullable(str(64)),
  language: str(16),
  text: str(2_000_000),
  entities: arr(
    obj({
      key: str(1000),
      name: str(1000),
      type: oneOf(ENTITY_TYPES),
      roles: arr(str(1000), 1000),
      mentions: arr(obj(span), 100_000),
    }),
    100_000,
  ),
  attributions: arr(
    obj({ ...span, category: oneOf(ATTRIBUTION_CATEGORIES), explanation: str(10_000), question: str(10_000) }),
    100_000,
  ),
  events: arr(obj({ ...span, date: str(10), entities: arr(str(1000), 10_000) }), 100_000),
});

/**
 * Messages only the end-to-end build answers (see entrypoints/background.ts), for `npm run bench -- history`:
 * analyses made in Node are recorded through the background's own recording path, as `page/analyze` records
 * a page, so years of reading can be filled in minutes instead of hours of tagging in the browser.
 */
export const benchRequests = {
  'bench/record': obj({ articles: arr(obj({ analysis, site: str(300), readAt: int() }), 1000) }),
  'bench/counts': obj({}),
};

export function createBenchHooks(db: BackstoryDb) {
  return {
    /** Records each article as a page read at `readAt`; returns the milliseconds each took. */
    async record({ articles }: ReturnType<(typeof benchRequests)['bench/record']>): Promise<{ ms: number[] }> {
      const ms: number[] = [];
      for (const a of articles) {
        const started = performance.now();
        const resolved = await resolveKeysAgainstHistory(db, a.analysis);
        await recordArticle(db, resolved, { site: a.site }, a.readAt);
        ms.push(performance.now() - started);
      }
      return { ms };
    },
    /** Rows per table. */
    async counts(): Promise<Record<string, number>> {
      return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
    },
  };
}
