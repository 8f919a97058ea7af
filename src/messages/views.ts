import type { AttributionCategory, EntityType } from '../analysis/types';
import type { SavedHighlight } from '../highlights/types';

/**
 * What the popup and the card are shown, as the background sends it. The store builds these from the
 * database; the UI knows them only from here.
 */

export interface PageEntity {
  key: string;
  name: string;
  type: EntityType;
  count: number;
  roles: string[];
  firstStart: number;
}

export interface TimelineItem {
  date: string;
  text: string;
  articleUrl: string;
  articleTitle: string;
  /** From another article the reader read earlier. */
  earlier: boolean;
  /** The entities this event shares with the current article. */
  sharedKeys: string[];
}

/** Everything the popup shows for one page. */
export interface PageView {
  article: { url: string; title: string; site: string; published: string | null } | null;
  entities: PageEntity[];
  attributions: { start: number; end: number; text: string; category: AttributionCategory }[];
  timeline: TimelineItem[];
  highlights: SavedHighlight[];
}

export interface EarlierArticle {
  url: string;
  title: string;
  site: string;
  published: string | null;
  readAt: number;
  /** How the earlier article named the entity. */
  names: string[];
}

export interface RoleSeen {
  role: string;
  /** Earliest and latest dates an article gave this role. */
  first: string;
  last: string;
  articles: number;
}

/** What the reader's own history says of an entity, for its card. */
export interface EntityHistory {
  key: string;
  aliases: string[];
  roles: RoleSeen[];
  earlier: EarlierArticle[];
}

/**
 * What Backstory made of a page, so the popup can say why a page has no marks: still reading it, not an
 * article, in a language Backstory does not read (an ISO 639 code, or "und"), too long, a failed read, or
 * off on the site.
 */
export type PageStatus =
  | { state: 'reading' }
  | { state: 'marked' }
  | { state: 'not-an-article' }
  | { state: 'unsupported-language'; language: string }
  | { state: 'too-long' }
  | { state: 'failed' }
  | { state: 'off' };

/** What a page's content script says about itself (the popup has no "tabs" permission to ask the browser). */
export interface PageIdentity {
  /** The article's canonical address, once read. */
  url: string | null;
  host: string;
  analysed: boolean;
  /** Saved highlights of this page that no longer fit its text. */
  orphans: string[];
  status: PageStatus;
}
