import type { ReaderChoiceStore } from '../knowledge/types';
import type { SavedHighlight } from '../highlights/types';
import type { Settings } from '../settings/settings';
import { articleTables, writeArticles, type ArticleBundle } from '../store/article-rows';
import type { ArticleRecord, BackstoryDb, EntityRecord } from '../store/schema';
import { loadSettings, replaceSettings } from '../store/settings-repo';
import type { Backup } from './format';
import { emptyJournal, undo, type Journal } from './journal';

export interface ImportSummary {
  /** Articles added, or replaced by a copy read more recently. */
  articles: number;
  entities: number;
  highlights: number;
  settings: boolean;
  /** Wikidata choices added, or replaced by a more recent pick. */
  choices: number;
}

const MAX_ALIASES = 50;

/** The same entity on both sides: the one seen last gives name and type; dates and aliases are pooled. */
function mergeEntity(old: EntityRecord, incoming: EntityRecord): EntityRecord {
  const [newer, older] = incoming.lastSeen > old.lastSeen ? [incoming, old] : [old, incoming];
  return {
    ...newer,
    aliases: [...new Set([...newer.aliases, ...older.aliases])].slice(0, MAX_ALIASES),
    firstSeen: Math.min(old.firstSeen, incoming.firstSeen),
    lastSeen: newer.lastSeen,
  };
}

const sameEntity = (a: EntityRecord, b: EntityRecord) =>
  a.name === b.name &&
  a.type === b.type &&
  a.firstSeen === b.firstSeen &&
  a.lastSeen === b.lastSeen &&
  a.aliases.length === b.aliases.length &&
  a.aliases.every((x, i) => x === b.aliases[i]);

/** Articles merged per transaction: a transaction's cost then grows with the chunk, not with the backup. */
export const ARTICLES_PER_TRANSACTION = 200;
/** Entities merged per transaction (a row each, no rows of their own). */
const ENTITIES_PER_TRANSACTION = 2_000;

const chunks = <T>(xs: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** One chunk of the backup's articles merged in one transaction; returns how many it added or replaced. */
async function mergeArticles(db: BackstoryDb, articles: Backup['articles'], journal: Journal): Promise<number> {
  return db.transaction('rw', articleTables(db), async () => {
    const existing = await db.articles.bulkGet(articles.map((a) => a.url));
    const winners: ArticleBundle[] = [];
    const replacing: string[] = [];
    const widened: { key: string; changes: { firstReadAt: number } }[] = [];
    articles.forEach(({ mentions, roles, events, ...article }, i) => {
      const old = existing[i];
      if (old && old.lastReadAt >= article.lastReadAt) {
        if (article.firstReadAt < old.firstReadAt)
          widened.push({ key: old.url, changes: { firstReadAt: article.firstReadAt } });
        return;
      }
      if (old) replacing.push(old.url);
      winners.push({
        article: { ...article, firstReadAt: Math.min(article.firstReadAt, old?.firstReadAt ?? Infinity) },
        mentions,
        roles,
        events,
      });
    });
    const touched = new Set([...replacing, ...widened.map((w) => w.key)]);
    journal.articles.push(...existing.filter((a): a is ArticleRecord => !!a && touched.has(a.url)));
    if (replacing.length) {
      const [mentions, roles, events] = await Promise.all([
        db.mentions.where('articleUrl').anyOf(replacing).toArray(),
        db.roles.where('articleUrl').anyOf(replacing).toArray(),
        db.events.where('articleUrl').anyOf(replacing).toArray(),
      ]);
      journal.mentions.push(...mentions);
      journal.roles.push(...roles);
      journal.events.push(...events);
    }
    // A widened article keeps its rows: putting its old row back undoes it.
    journal.articleUrls.push(...winners.map((w) => w.article.url));
    if (winners.length) await writeArticles(db, winners, replacing);
    if (widened.length) await db.articles.bulkUpdate(widened);
    return winners.length;
  });
}

/** One chunk of the backup's entities pooled with the database's; returns how many changed. */
async function mergeEntities(db: BackstoryDb, incoming: EntityRecord[], journal: Journal): Promise<number> {
  return db.transaction('rw', db.entities, async () => {
    const known = await db.entities.bulkGet(incoming.map((e) => e.key));
    const changed = incoming
      .map((e, i) => (known[i] ? mergeEntity(known[i]!, e) : e))
      .filter((e, i) => !known[i] || !sameEntity(known[i]!, e));
    const keys = new Set(changed.map((e) => e.key));
    journal.entities.push(...known.filter((e): e is EntityRecord => !!e && keys.has(e.key)));
    journal.entityKeys.push(...keys);
    await db.entities.bulkPut(changed);
    return changed.length;
  });
}

/** The highlights edited later than the database's copy; returns how many were written. */
async function mergeHighlights(db: BackstoryDb, incoming: SavedHighlight[], journal: Journal): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.bulkGet(incoming.map((h) => h.id));
    const fresh = incoming.filter((h, i) => !existing[i] || existing[i]!.updatedAt < h.updatedAt);
    const ids = new Set(fresh.map((h) => h.id));
    journal.highlights.push(...existing.filter((h): h is SavedHighlight => !!h && ids.has(h.id)));
    journal.highlightIds.push(...ids);
    await db.highlights.bulkPut(fresh);
    return fresh.length;
  });
}

async function mergeBackupSettings(db: BackstoryDb, settings: Settings, journal: Journal): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    journal.settings = await db.settings.toArray();
    const current = await loadSettings(db);
    await replaceSettings(db, {
      ...settings,
      disabledSites: [...new Set([...current.disabledSites, ...settings.disabledSites])],
      // The first-run page, once seen here, is not shown again.
      onboarded: settings.onboarded || current.onboarded,
    });
  });
}

/**
 * Merges a parsed backup into the database, empty or not: an article read more recently on either side wins
 * with everything it said (its mentions, roles and events come with it), a highlight edited more recently
 * wins, entities are pooled. The backup's settings replace the current ones, except that a site turned off on
 * either side stays off. Importing the same file twice changes nothing the second time.
 *
 * It writes in chunks of `articlesPerTransaction` (one transaction for 10,000 articles grew faster than
 * linearly), journalling what each chunk replaces: if a step fails, every chunk written is undone, so a failed
 * import still changes nothing (an article the reader records meanwhile is the one thing it could clobber).
 */
export async function importBackup(
  db: BackstoryDb,
  backup: Backup,
  choices: ReaderChoiceStore,
  articlesPerTransaction = ARTICLES_PER_TRANSACTION,
): Promise<ImportSummary> {
  const journal = emptyJournal();
  const summary = { articles: 0, entities: 0, highlights: 0, settings: backup.settings !== null };
  try {
    for (const chunk of chunks(backup.articles, articlesPerTransaction))
      summary.articles += await mergeArticles(db, chunk, journal);
    for (const chunk of chunks(backup.entities, ENTITIES_PER_TRANSACTION))
      summary.entities += await mergeEntities(db, chunk, journal);
    summary.highlights = await mergeHighlights(db, backup.highlights, journal);
    if (backup.settings) await mergeBackupSettings(db, backup.settings, journal);
  } catch (e) {
    await undo(db, journal);
    throw e;
  }
  // The choices live in the look-up cache's own database: written once the rest has committed.
  return { ...summary, choices: await choices.mergeChoices(backup.choices) };
}
