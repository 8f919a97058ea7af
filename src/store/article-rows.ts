import { eventLinks } from './event-links';
import type { ArticleRecord, BackstoryDb, EventRecord, MentionRecord, RoleRecord } from './schema';

/** One article and the rows that belong to it, without the keys and copies the database derives. */
export interface ArticleBundle {
  article: ArticleRecord;
  mentions: Omit<MentionRecord, 'articleUrl' | 'published'>[];
  roles: Omit<RoleRecord, 'id' | 'articleUrl'>[];
  events: Omit<EventRecord, 'id' | 'articleUrl' | 'links'>[];
}

/** The tables an article's rows live in: a transaction that writes articles must cover them all. */
export const articleTables = (db: BackstoryDb) => [db.articles, db.mentions, db.roles, db.events];

/**
 * Writes articles with their mentions, roles and events. `replacing` lists URLs already in the database: what
 * they contributed before is removed first, so re-reading or re-importing an article never doubles a count.
 * Must run inside a read-write transaction over `articleTables`.
 */
export async function writeArticles(db: BackstoryDb, bundles: ArticleBundle[], replacing: string[]): Promise<void> {
  if (replacing.length) {
    await Promise.all([
      db.mentions.where('articleUrl').anyOf(replacing).delete(),
      db.roles.where('articleUrl').anyOf(replacing).delete(),
      db.events.where('articleUrl').anyOf(replacing).delete(),
    ]);
  }
  await db.articles.bulkPut(bundles.map((b) => b.article));
  await db.mentions.bulkPut(
    bundles.flatMap(({ article, mentions }) =>
      mentions.map((m) => ({ ...m, articleUrl: article.url, published: article.published ?? '' })),
    ),
  );
  await db.roles.bulkAdd(bundles.flatMap((b) => b.roles.map((r) => ({ ...r, articleUrl: b.article.url }))));
  await db.events.bulkAdd(
    bundles.flatMap(({ article, events }) =>
      events.map((e) => ({ ...e, articleUrl: article.url, links: eventLinks(e.entityKeys, e.date) })),
    ),
  );
}
