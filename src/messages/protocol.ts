import { ENTITY_TYPES } from '../analysis/types';
import { LIMITS } from '../limits';
import { arr, bool, httpUrl, int, nullable, obj, oneOf, str, type Validator } from './validate';

/**
 * Every message between the parts of the extension, with its validator. Content scripts live in the
 * reader's pages and are treated as less trusted than extension pages: they may only ask about and act on
 * their own page; settings, export, import and erase come only from extension pages.
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
    }),
  }),
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
} satisfies Record<string, Validator<unknown>>;

export const extensionPageRequests = {
  'view/page': obj({ tabId: int() }),
  'site/set': obj({ host: str(LIMITS.host), enabled: bool }),
  'settings/get': obj({}),
  'settings/set': obj({ patch: (v: unknown) => v }),
  'highlights/export': obj({ format: oneOf(['markdown', 'json'] as const) }),
  'highlights/import': obj({ json: str(LIMITS.importChars) }),
  'data/erase': obj({}),
} satisfies Record<string, Validator<unknown>>;

/** Messages the background or popup send to a page's content script. */
export const pageCommands = {
  'page/reveal': obj({
    kind: oneOf(['entity', 'attribution', 'saved'] as const),
    key: str(LIMITS.entityKey),
    start: int(0, LIMITS.offset),
  }),
  'page/save-selection': obj({}),
  'page/toggle': obj({}),
  'page/settings-changed': obj({}),
  'page/whoami': obj({}),
  'debug/ui-state': obj({}),
} satisfies Record<string, Validator<unknown>>;

export type ContentRequestType = keyof typeof contentRequests;
export type ExtensionPageRequestType = keyof typeof extensionPageRequests;
export type PageCommandType = keyof typeof pageCommands;
export type RequestOf<T extends ContentRequestType | ExtensionPageRequestType | PageCommandType> =
  T extends ContentRequestType
    ? ReturnType<(typeof contentRequests)[T]>
    : T extends ExtensionPageRequestType
      ? ReturnType<(typeof extensionPageRequests)[T]>
      : T extends PageCommandType
        ? ReturnType<(typeof pageCommands)[T]>
        : never;

/** The envelope: `{ type, body }`. Returns null for anything that is not a known, well-formed message. */
export function parseMessage<M extends Record<string, Validator<unknown>>>(
  table: M,
  raw: unknown,
): { type: keyof M & string; body: ReturnType<M[keyof M]> } | null {
  if (!raw || typeof raw !== 'object') return null;
  const { type, body } = raw as { type?: unknown; body?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(table, type)) return null;
  try {
    return { type, body: table[type]!(body ?? {}) as ReturnType<M[keyof M]> };
  } catch {
    return null;
  }
}
