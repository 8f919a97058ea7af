import type { ReaderChoiceStore } from '../knowledge/types';
import type { BackstoryDb } from '../store/schema';
import { storedSettings } from '../store/settings-repo';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupArticle } from './format';

/** Reads the whole database (one consistent snapshot) and the reader's Wikidata choices into a backup. */
export async function exportBackup(db: BackstoryDb, choices: ReaderChoiceStore, now: number): Promise<Backup> {
  const [articles, mentions, roles, events, entities, highlights, settings] = await db.transaction('r', db.tables, () =>
    Promise.all([
      db.articles.toArray(),
      db.mentions.toArray(),
      db.roles.toArray(),
      db.events.toArray(),
      db.entities.toArray(),
      db.highlights.toArray(),
      storedSettings(db),
    ]),
  );
  // Rows are copied field by field: the file holds what the format says, whatever else a row carries.
  const byUrl = new Map<string, BackupArticle>(
    articles.map(({ url, title, site, published, firstReadAt, lastReadAt, wordCount, entityKeys, attributions }) => [
      url,
      {
        url,
        title,
        site,
        published,
        firstReadAt,
        lastReadAt,
        wordCount,
        entityKeys,
        attributions,
        mentions: [],
        roles: [],
        events: [],
      },
    ]),
  );
  for (const { articleUrl, entityKey, count, texts, firstStart, readAt } of mentions)
    byUrl.get(articleUrl)?.mentions.push({ entityKey, count, texts, firstStart, readAt });
  for (const { articleUrl, entityKey, role, date } of roles)
    byUrl.get(articleUrl)?.roles.push({ entityKey, role, date });
  for (const { articleUrl, date, text, start, end, entityKeys } of events)
    byUrl.get(articleUrl)?.events.push({ date, text, start, end, entityKeys });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [...byUrl.values()],
    entities: entities.map(({ key, name, type, aliases, firstSeen, lastSeen }) => ({
      key,
      name,
      type,
      aliases,
      firstSeen,
      lastSeen,
    })),
    highlights,
    settings,
    choices: await choices.allChoices(),
  };
}

/** The file: compact JSON, since years of reading make a large one. */
export const backupJson = (backup: Backup): string => JSON.stringify(backup);
