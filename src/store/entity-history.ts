import type { EarlierArticle, EntityHistory, RoleSeen } from '../messages/views';
import type { BackstoryDb } from './schema';

/** What the reader's own history says of an entity: roles over time and the other articles naming it. */
export async function entityHistory(
  db: BackstoryDb,
  key: string,
  currentUrl: string,
  limit = 8,
): Promise<EntityHistory> {
  const [entity, roleRows, mentionRows] = await Promise.all([
    db.entities.get(key),
    db.roles.where('entityKey').equals(key).toArray(),
    db.mentions.where('entityKey').equals(key).toArray(),
  ]);
  const byRole = new Map<string, RoleSeen & { urls: Set<string> }>();
  for (const r of roleRows) {
    const seen = byRole.get(r.role) ?? {
      role: r.role,
      first: r.date,
      last: r.date,
      articles: 0,
      urls: new Set<string>(),
    };
    if (r.date < seen.first) seen.first = r.date;
    if (r.date > seen.last) seen.last = r.date;
    seen.urls.add(r.articleUrl);
    seen.articles = seen.urls.size;
    byRole.set(r.role, seen);
  }
  const others = mentionRows.filter((m) => m.articleUrl !== currentUrl);
  const articles = await db.articles.bulkGet(others.map((m) => m.articleUrl));
  const earlier: EarlierArticle[] = [];
  others.forEach((m, i) => {
    const a = articles[i];
    if (a)
      earlier.push({
        url: a.url,
        title: a.title,
        site: a.site,
        published: a.published,
        readAt: a.lastReadAt,
        names: m.texts,
      });
  });
  earlier.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.readAt - a.readAt);
  return {
    key,
    aliases: entity?.aliases ?? [],
    roles: [...byRole.values()]
      .sort((a, b) => b.last.localeCompare(a.last))
      .map(({ role, first, last, articles: n }) => ({ role, first, last, articles: n })),
    earlier: earlier.slice(0, limit),
  };
}
