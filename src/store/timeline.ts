import type { EntityType } from '../analysis/types';
import type { TimelineItem } from '../messages/views';
import type { BackstoryDb } from './schema';

/**
 * Places and groups ("United States", "Iranian") are in nearly every article: linking by them would pull
 * in everything. Events are linked through people, organizations and named things.
 */
const LINKING_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'OTHER']);

export async function timelineFor(
  db: BackstoryDb,
  url: string,
  entities: { key: string; type: EntityType }[],
  limit = 60,
): Promise<TimelineItem[]> {
  const linking = entities.filter((e) => LINKING_TYPES.has(e.type)).map((e) => e.key);
  const [own, related] = await Promise.all([
    db.events.where('articleUrl').equals(url).toArray(),
    linking.length ? db.events.where('entityKeys').anyOf(linking).limit(500).toArray() : Promise.resolve([]),
  ]);
  const linkSet = new Set(linking);
  const seen = new Set<number>();
  const rows = [...own, ...related].filter((r) => {
    if (r.id === undefined || seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  const urls = [...new Set(rows.map((r) => r.articleUrl))];
  const articles = await db.articles.bulkGet(urls);
  const titles = new Map(urls.map((u, i) => [u, articles[i]?.title ?? u]));
  return rows
    .map((r) => ({
      date: r.date,
      text: r.text,
      articleUrl: r.articleUrl,
      articleTitle: titles.get(r.articleUrl) ?? r.articleUrl,
      earlier: r.articleUrl !== url,
      sharedKeys: r.entityKeys.filter((k) => linkSet.has(k)),
    }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(-limit);
}
