import Dexie, { type EntityTable } from 'dexie';
import type { AttributionCategory, EntityType } from '../analysis/types';
import type { SavedHighlight } from '../highlights/types';

/** An article the reader has read (keyed by canonical URL). The article text itself is not kept. */
export interface ArticleRecord {
  url: string;
  title: string;
  site: string;
  published: string | null;
  firstReadAt: number;
  lastReadAt: number;
  wordCount: number;
  /** Keys of every entity the article mentions (multi-entry index: "which articles mention X"). */
  entityKeys: string[];
  attributions: { start: number; end: number; text: string; category: AttributionCategory }[];
}

/** What Backstory knows of an entity across everything the reader has read. */
export interface EntityRecord {
  key: string;
  name: string;
  type: EntityType;
  /** Every surface form seen ("Kadhimi", "al-Khadimi"). */
  aliases: string[];
  firstSeen: number;
  lastSeen: number;
}

/** One entity in one article: how often, under which names, first where. */
export interface MentionRecord {
  entityKey: string;
  articleUrl: string;
  count: number;
  texts: string[];
  firstStart: number;
  readAt: number;
}

/** A role an article gave an entity ("US Secretary of State"), with when it was said. */
export interface RoleRecord {
  id?: number;
  entityKey: string;
  role: string;
  articleUrl: string;
  /** The article's publication date, else when it was read: roles change over time. */
  date: string;
}

export interface EventRecord {
  id?: number;
  articleUrl: string;
  date: string;
  text: string;
  start: number;
  end: number;
  entityKeys: string[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type BackstoryDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'url'>;
  entities: EntityTable<EntityRecord, 'key'>;
  mentions: Dexie.Table<MentionRecord, [string, string]>;
  roles: EntityTable<RoleRecord, 'id'>;
  events: EntityTable<EventRecord, 'id'>;
  highlights: EntityTable<SavedHighlight, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export function openDatabase(name = 'backstory'): BackstoryDb {
  const db = new Dexie(name) as BackstoryDb;
  db.version(1).stores({
    articles: 'url, lastReadAt, *entityKeys',
    entities: 'key, lastSeen',
    mentions: '[entityKey+articleUrl], entityKey, articleUrl',
    roles: '++id, entityKey, [entityKey+role], articleUrl',
    events: '++id, articleUrl, date, *entityKeys',
    highlights: 'id, url, createdAt',
    settings: 'key',
  });
  return db;
}
