import type { Analysis } from '../analysis/types';
import type { ArticleRecord, BackstoryDb, EventRecord, MentionRecord, RoleRecord } from './schema';

export interface ArticleSource {
  site: string;
}

/**
 * Records (or re-records) one article's analysis: the article, its entities, mentions, roles and events.
 * Re-reading the same URL replaces what that article contributed, so counts never double.
 */
export async function recordArticle(
  db: BackstoryDb,
  analysis: Analysis,
  source: ArticleSource,
  now: number,
): Promise<void> {
  const url = analysis.url;
  const date = analysis.published?.slice(0, 10) ?? new Date(now).toISOString().slice(0, 10);
  await db.transaction('rw', [db.articles, db.entities, db.mentions, db.roles, db.events], async () => {
    const previous = await db.articles.get(url);
    await Promise.all([
      db.mentions.where('articleUrl').equals(url).delete(),
      db.roles.where('articleUrl').equals(url).delete(),
      db.events.where('articleUrl').equals(url).delete(),
    ]);
    const article: ArticleRecord = {
      url,
      title: analysis.title,
      site: source.site,
      published: analysis.published,
      firstReadAt: previous?.firstReadAt ?? now,
      lastReadAt: now,
      wordCount: analysis.text.split(/\s+/).filter(Boolean).length,
      entityKeys: analysis.entities.map((e) => e.key),
      attributions: analysis.attributions.map(({ start, end, text, category }) => ({ start, end, text, category })),
    };
    await db.articles.put(article);

    const known = await db.entities.bulkGet(analysis.entities.map((e) => e.key));
    await db.entities.bulkPut(
      analysis.entities.map((e, i) => {
        const old = known[i];
        const aliases = new Set([...(old?.aliases ?? []), e.name, ...e.mentions.map((m) => m.text)]);
        return {
          key: e.key,
          name: old && old.name.length > e.name.length ? old.name : e.name,
          type: e.type,
          aliases: [...aliases].slice(0, 50),
          firstSeen: old?.firstSeen ?? now,
          lastSeen: now,
        };
      }),
    );
    const mentions: MentionRecord[] = analysis.entities.map((e) => ({
      entityKey: e.key,
      articleUrl: url,
      count: e.mentions.length,
      texts: [...new Set(e.mentions.map((m) => m.text))],
      firstStart: e.mentions[0]?.start ?? 0,
      readAt: now,
    }));
    await db.mentions.bulkPut(mentions);
    const roles: RoleRecord[] = analysis.entities.flatMap((e) =>
      e.roles.map((role) => ({ entityKey: e.key, role, articleUrl: url, date })),
    );
    await db.roles.bulkAdd(roles);
    const events: EventRecord[] = analysis.events.map((ev) => ({
      articleUrl: url,
      date: ev.date,
      text: ev.text,
      start: ev.start,
      end: ev.end,
      entityKeys: ev.entities,
    }));
    await db.events.bulkAdd(events);
  });
}
