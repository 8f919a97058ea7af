import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AttributionCategory, EntityType } from '../analysis/types';
import type { SavedHighlight } from '../highlights/types';
import { eventLinks } from './event-links';

/** An article the reader has read (keyed by canonical URL). The article text itself is not kept. */
export interface ArticleRecord {
  url: string;
  title: string;
  site: string;
  published: string | null;
  firstReadAt: number;
  lastReadAt: number;
  wordCount: number;
  /** Keys of every entity the article mentions, in the order the analysis found them. */
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
  /** The article's publication date ('' when unknown), copied here so a card can list the newest first. */
  published: string;
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
  /** Derived from entityKeys and date for the timeline's index (see event-links.ts). */
  links: string[];
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

/** One version of the schema: Dexie's table specs and what turns the previous version's rows into this one's. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const VERSION_1: SchemaVersion = {
  version: 1,
  stores: {
    articles: 'url, lastReadAt, *entityKeys',
    entities: 'key, lastSeen',
    mentions: '[entityKey+articleUrl], entityKey, articleUrl',
    roles: '++id, entityKey, [entityKey+role], articleUrl',
    events: '++id, articleUrl, date, *entityKeys',
    highlights: 'id, url, createdAt',
    settings: 'key',
  },
};

/**
 * Version 2, for years of reading (`npm run bench -- history`): a card lists an entity's newest articles from
 * one index range ([entityKey+published+readAt]) instead of reading every article that names it; the timeline
 * reads each linked entity's newest events from one range of `links`. Indexes nothing queries are gone
 * (articles by entity, last read and date), since each one costs every write, import and erase.
 */
const VERSION_2: SchemaVersion = {
  version: 2,
  stores: {
    articles: 'url',
    entities: 'key',
    mentions: '[entityKey+articleUrl], articleUrl, [entityKey+published+readAt]',
    roles: '++id, [entityKey+role], articleUrl',
    events: '++id, articleUrl, *links',
    highlights: 'id, url, createdAt',
    settings: 'key',
  },
  async upgrade(tx) {
    const published = new Map<string, string>();
    await tx.table<ArticleRecord>('articles').each((a) => published.set(a.url, a.published ?? ''));
    await tx
      .table<MentionRecord>('mentions')
      .toCollection()
      .modify((m) => {
        m.published = published.get(m.articleUrl) ?? '';
      });
    await tx
      .table<EventRecord>('events')
      .toCollection()
      .modify((e) => {
        e.links = eventLinks(e.entityKeys, e.date);
      });
  },
};

/** Every version so far, oldest first: Dexie upgrades an older database step by step on opening. */
export const SCHEMA: readonly SchemaVersion[] = [VERSION_1, VERSION_2];

/**
 * The reader's database. An upgrade runs in IndexedDB's version-change transaction: if it fails, nothing of it
 * is kept and the database stays at its old version with every row as it was.
 */
export function openDatabase(name = 'backstory', versions: readonly SchemaVersion[] = SCHEMA): BackstoryDb {
  const db = new Dexie(name) as BackstoryDb;
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
