import type { PageEntity, PageView } from '../messages/views';
import type { BackstoryDb } from './schema';
import { timelineFor } from './timeline';

/** Everything the popup shows for one page, read back from the database. */
export async function pageView(db: BackstoryDb, url: string): Promise<PageView> {
  const [article, mentions, roles, highlights] = await Promise.all([
    db.articles.get(url),
    db.mentions.where('articleUrl').equals(url).toArray(),
    db.roles.where('articleUrl').equals(url).toArray(),
    db.highlights.where('url').equals(url).sortBy('createdAt'),
  ]);
  const records = await db.entities.bulkGet(mentions.map((m) => m.entityKey));
  const entities: PageEntity[] = [];
  mentions.forEach((m, i) => {
    const e = records[i];
    if (!e) return;
    entities.push({
      key: e.key,
      name: e.name,
      type: e.type,
      count: m.count,
      roles: [...new Set(roles.filter((r) => r.entityKey === e.key).map((r) => r.role))],
      firstStart: m.firstStart,
    });
  });
  entities.sort((a, b) => b.count - a.count || a.firstStart - b.firstStart);
  return {
    article: article
      ? { url: article.url, title: article.title, site: article.site, published: article.published }
      : null,
    entities,
    attributions: article?.attributions ?? [],
    timeline: article ? await timelineFor(db, url, entities) : [],
    highlights,
  };
}
