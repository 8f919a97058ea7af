import type { SavedHighlight } from '../highlights/types';
import type { ReaderChoice } from '../knowledge/types';
import type { Settings } from '../settings/settings';
import type { ArticleBundle } from '../store/article-rows';
import type { EntityRecord } from '../store/schema';

/** Identifies a whole-reader backup; a higher `version` is refused by older code rather than half-read. */
export const BACKUP_FORMAT = 'backstory-backup';
export const BACKUP_VERSION = 1;

/** An article with the rows that belong to it, nested so the file does not repeat its URL on every row. */
export type BackupArticle = ArticleBundle['article'] & Omit<ArticleBundle, 'article'>;

/** Everything the reader would lose: what they read, what it said, their highlights, settings and choices. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, for people; rows keep their millisecond timestamps. */
  exportedAt: string;
  articles: BackupArticle[];
  entities: EntityRecord[];
  highlights: SavedHighlight[];
  /** Null when there is nothing to restore: never changed, or a highlights-only file from before backups. */
  settings: Settings | null;
  choices: ReaderChoice[];
}
