import type { ReaderChoiceStore } from '../knowledge/types';
import { writeArticles, type ArticleBundle } from '../store/article-rows';
import { importHighlights } from '../store/highlights-repo';
import type { BackstoryDb, EntityRecord } from '../store/schema';
import { loadSettings, replaceSettings } from '../store/settings-repo';
import type { Backup } from './format';

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

/**
 * Merges a parsed backup into the database, empty or not, in one transaction: an article read more recently on
 * either side wins with everything it said (its mentions, roles and events come with it), a highlight edited
 * more recently wins, entities are pooled. The backup's settings replace the current ones, except that a site
 * turned off on either side stays off. Importing the same file twice changes nothing the second time.
 */
export async function importBackup(
  db: BackstoryDb,
  backup: Backup,
  choices: ReaderChoiceStore,
): Promise<ImportSummary> {
  const summary = await db.transaction('rw', db.tables, async () => {
    const existing = await db.articles.bulkGet(backup.articles.map((a) => a.url));
    const winners: ArticleBundle[] = [];
    const replacing: string[] = [];
    const widened: { key: string; changes: { firstReadAt: number } }[] = [];
    backup.articles.forEach(({ mentions, roles, events, ...article }, i) => {
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
    if (winners.length) await writeArticles(db, winners, replacing);
    if (widened.length) await db.articles.bulkUpdate(widened);

    const known = await db.entities.bulkGet(backup.entities.map((e) => e.key));
    const entities = backup.entities
      .map((e, i) => (known[i] ? mergeEntity(known[i]!, e) : e))
      .filter((e, i) => !known[i] || !sameEntity(known[i]!, e));
    await db.entities.bulkPut(entities);

    const highlights = await importHighlights(db, backup.highlights);

    if (backup.settings) {
      const current = await loadSettings(db);
      await replaceSettings(db, {
        ...backup.settings,
        disabledSites: [...new Set([...current.disabledSites, ...backup.settings.disabledSites])],
        // The first-run page, once seen here, is not shown again.
        onboarded: backup.settings.onboarded || current.onboarded,
      });
    }
    return { articles: winners.length, entities: entities.length, highlights, settings: backup.settings !== null };
  });
  // The choices live in the look-up cache's own database: written once the main transaction has committed.
  return { ...summary, choices: await choices.mergeChoices(backup.choices) };
}
