import type { EntityType } from '../analysis/types';
import type { TimelineItem } from '../messages/views';
import { LINKING_TYPES, linkRange } from './event-links';
import type { BackstoryDb, EventRecord } from './schema';

/**
 * Which earlier events the timeline shows beside the page's own: of each person, organization or named thing
 * on the page, its `perEntity` newest events are candidates; those sharing the most of the page's entities
 * come first, then the newest; `related` are shown. The work is bounded by the page, not by the history.
 */
export const TIMELINE_RULE = { linkingTypes: LINKING_TYPES, perEntity: 30, related: 40 } as const;

export async function timelineFor(
  db: BackstoryDb,
  url: string,
  entities: { key: string; type: EntityType }[],
): Promise<TimelineItem[]> {
  const linking = [...new Set(entities.filter((e) => LINKING_TYPES.has(e.type)).map((e) => e.key))];
  const linkSet = new Set(linking);
  const own = await db.events.where('articleUrl').equals(url).toArray();
  const ownPer = (key: string) => own.filter((e) => e.entityKeys.includes(key)).length;
  const newest = await Promise.all(
    linking.map((key) =>
      db.events
        .where('links')
        .between(...linkRange(key))
        .reverse()
        // The page's own events are in the range too: read past them.
        .limit(TIMELINE_RULE.perEntity + ownPer(key))
        .toArray(),
    ),
  );
  const candidates = new Map<number, EventRecord & { shared: string[] }>();
  for (const rows of newest) {
    for (const r of rows.filter((r) => r.articleUrl !== url).slice(0, TIMELINE_RULE.perEntity)) {
      if (r.id !== undefined && !candidates.has(r.id))
        candidates.set(r.id, { ...r, shared: [...new Set(r.entityKeys.filter((k) => linkSet.has(k)))] });
    }
  }
  const related = [...candidates.values()]
    .sort((a, b) => b.shared.length - a.shared.length || b.date.localeCompare(a.date))
    .slice(0, TIMELINE_RULE.related);
  const urls = [...new Set([url, ...related.map((r) => r.articleUrl)])];
  const articles = await db.articles.bulkGet(urls);
  const titles = new Map(urls.map((u, i) => [u, articles[i]?.title ?? u]));
  return [
    ...own.map((r) => ({ r, shared: r.entityKeys.filter((k) => linkSet.has(k)), earlier: false })),
    ...related.map((r) => ({ r, shared: r.shared, earlier: true })),
  ]
    .map(({ r, shared, earlier }) => ({
      date: r.date,
      text: r.text,
      articleUrl: r.articleUrl,
      articleTitle: titles.get(r.articleUrl) ?? r.articleUrl,
      earlier,
      sharedKeys: shared,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
