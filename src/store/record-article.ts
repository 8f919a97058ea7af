import type { Analysis } from '../analysis/types';
import { articleTables, writeArticles } from './article-rows';
import type { ArticleRecord, BackstoryDb } from './schema';

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
  await db.transaction('rw', [...articleTables(db), db.entities], async () => {
    const previous = await db.articles.get(url);
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
    await writeArticles(
      db,
      [
        {
          article,
          mentions: analysis.entities.map((e) => ({
            entityKey: e.key,
            count: e.mentions.length,
            texts: [...new Set(e.mentions.map((m) => m.text))],
            firstStart: e.mentions[0]?.start ?? 0,
            readAt: now,
          })),
          roles: analysis.entities.flatMap((e) => e.roles.map((role) => ({ entityKey: e.key, role, date }))),
          events: analysis.events.map((ev) => ({
            date: ev.date,
            text: ev.text,
            start: ev.start,
            end: ev.end,
            entityKeys: ev.entities,
          })),
        },
      ],
      previous ? [url] : [],
    );

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
  });
}
