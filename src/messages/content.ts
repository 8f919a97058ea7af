import type { ReadArticle } from '../analysis/extract/read-article';
import { ENTITY_TYPES, type Analysis } from '../analysis/types';
import type { SavedHighlight } from '../highlights/types';
import type { KnowledgeResult } from '../knowledge/types';
import { LIMITS } from '../limits';
import type { PageSettings } from '../settings/settings';
import type { Client } from './client';
import type { RequestsOf } from './route';
import { arr, httpUrl, int, nullable, obj, oneOf, str } from './validate';
import type { EntityHistory } from './views';

/**
 * Content script → background. Content scripts live in the reader's pages and are less trusted than
 * extension pages: they may only ask about and act on their own page; settings, export, import and erase
 * are not theirs to send.
 */

const lookupText = str(LIMITS.lookupText);

const quote = obj({
  type: oneOf(['TextQuoteSelector'] as const),
  exact: str(LIMITS.quote),
  prefix: str(LIMITS.quoteContext),
  suffix: str(LIMITS.quoteContext),
});
const position = obj({
  type: oneOf(['TextPositionSelector'] as const),
  start: int(0, LIMITS.offset),
  end: int(0, LIMITS.offset),
});

export const contentRequests = {
  /** Readability on the page's serialised HTML, off the page's main thread. */
  'page/read': obj({ html: str(LIMITS.pageHtml), url: httpUrl() }),
  /** Is Backstory on for this host, and with which settings? */
  'page/settings': obj({ host: str(LIMITS.host) }),
  'page/analyze': obj({
    text: str(LIMITS.articleText),
    meta: obj({
      title: str(LIMITS.title),
      url: httpUrl(),
      published: nullable(str(LIMITS.date)),
      site: nullable(str(LIMITS.site)),
      byline: nullable(str(LIMITS.byline)),
      /** The page's declared language: the analysis leaves a page in another language alone. */
      lang: nullable(str(LIMITS.lang)),
    }),
  }),
  /** The page moved to another address (a single-page site): what the tab showed is no longer shown. */
  'page/navigated': obj({}),
  'card/entity': obj({ key: str(LIMITS.entityKey), url: httpUrl() }),
  'knowledge/lookup': obj({
    name: lookupText,
    aliases: arr(lookupText, LIMITS.lookupAliases),
    type: oneOf(ENTITY_TYPES),
    roles: arr(lookupText, LIMITS.lookupRoles),
    context: arr(lookupText, LIMITS.lookupContext),
    published: nullable(str(LIMITS.date)),
  }),
  'knowledge/choose': obj({ name: lookupText, qid: str(LIMITS.qid) }),
  'highlight/save': obj({
    url: httpUrl(),
    title: str(LIMITS.title),
    site: str(LIMITS.site),
    quote,
    position,
    note: str(LIMITS.note),
  }),
  'highlight/list': obj({ url: httpUrl() }),
  'highlight/note': obj({ id: str(LIMITS.highlightId), note: str(LIMITS.note) }),
  'highlight/delete': obj({ id: str(LIMITS.highlightId) }),
  /** The card's "turn off on this site": the host is taken from the sender's tab, never from the message. */
  'site/disable-here': obj({}),
  /** A card showed the key and the keyboard shortcuts: later cards fold them away. */
  'card/shortcuts-shown': obj({}),
};

export type ContentRequests = RequestsOf<typeof contentRequests>;

/** Why a highlight was not saved; the save bar says it in words. */
export type SaveRefusal = 'private-window' | 'invalid' | 'storage';

export interface ContentResponses {
  'page/read': ReadArticle | null;
  'page/settings': { settings: PageSettings; enabled: boolean };
  /** The analysis without its text: the page has the text already. */
  'page/analyze': { analysis: Analysis };
  'page/navigated': { ok: true };
  'card/entity': EntityHistory;
  'knowledge/lookup': KnowledgeResult;
  'knowledge/choose': { ok: true } | { ok: false; reason: 'private-window' | 'invalid' };
  'highlight/save': { ok: true; highlight: SavedHighlight } | { ok: false; reason: SaveRefusal };
  'highlight/list': SavedHighlight[];
  'highlight/note': { ok: boolean };
  'highlight/delete': { ok: true };
  'site/disable-here': { ok: boolean };
  'card/shortcuts-shown': { ok: true };
}

export type ContentClient = Client<ContentRequests, ContentResponses>;
