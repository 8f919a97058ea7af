import type { BenchRequests, BenchResponses } from '../messages/bench';
import type { Handlers } from '../messages/route';
import { entityHistory } from '../store/entity-history';
import { recordArticle } from '../store/record-article';
import { resolveKeysAgainstHistory } from '../store/resolve-keys';
import type { BackstoryDb } from '../store/schema';

/** The bench's messages (messages/bench.ts), answered only by the e2e build. */
export function benchHandlers(db: BackstoryDb) {
  return {
    // As `page/analyze` records a page: keys joined to the history, then recorded.
    'bench/record': async ({ articles }) => {
      const ms: number[] = [];
      for (const a of articles) {
        const started = performance.now();
        await recordArticle(db, await resolveKeysAgainstHistory(db, a.analysis), { site: a.site }, a.readAt);
        ms.push(performance.now() - started);
      }
      return { ms };
    },
    'bench/card': ({ key, url }) => entityHistory(db, key, url),
    'bench/counts': async () =>
      Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const))),
  } satisfies Handlers<BenchRequests, BenchResponses, undefined>;
}
