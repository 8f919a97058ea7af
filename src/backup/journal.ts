import type { SavedHighlight } from '../highlights/types';
import type {
  ArticleRecord,
  BackstoryDb,
  EntityRecord,
  EventRecord,
  MentionRecord,
  RoleRecord,
  SettingRecord,
} from '../store/schema';

/**
 * What the import has changed so far, to put back if a later step fails: the keys it wrote and the rows those
 * replaced (articles with every row that belongs to them, entities, highlights, settings).
 */
export interface Journal {
  /** Articles the import wrote, with their rows (added, or replacing the database's). */
  articleUrls: string[];
  /** The database's rows of the articles it replaced or widened, and the replaced articles' own rows. */
  articles: ArticleRecord[];
  mentions: MentionRecord[];
  roles: RoleRecord[];
  events: EventRecord[];
  /** Entities written, and those of them the database had before. */
  entityKeys: string[];
  entities: EntityRecord[];
  highlightIds: string[];
  highlights: SavedHighlight[];
  /** The settings table before the import wrote it. */
  settings: SettingRecord[] | null;
}

export const emptyJournal = (): Journal => ({
  articleUrls: [],
  articles: [],
  mentions: [],
  roles: [],
  events: [],
  entityKeys: [],
  entities: [],
  highlightIds: [],
  highlights: [],
  settings: null,
});

/** Puts back, in one transaction, every row the journal says the import wrote or replaced. */
export async function undo(db: BackstoryDb, journal: Journal): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const urls = journal.articleUrls;
    await Promise.all([
      db.articles.bulkDelete(urls),
      db.mentions.where('articleUrl').anyOf(urls).delete(),
      db.roles.where('articleUrl').anyOf(urls).delete(),
      db.events.where('articleUrl').anyOf(urls).delete(),
      db.entities.bulkDelete(journal.entityKeys),
      db.highlights.bulkDelete(journal.highlightIds),
    ]);
    await Promise.all([
      db.articles.bulkPut(journal.articles),
      db.mentions.bulkPut(journal.mentions),
      db.roles.bulkPut(journal.roles),
      db.events.bulkPut(journal.events),
      db.entities.bulkPut(journal.entities),
      db.highlights.bulkPut(journal.highlights),
    ]);
    if (journal.settings) {
      await db.settings.clear();
      await db.settings.bulkPut(journal.settings);
    }
  });
}
