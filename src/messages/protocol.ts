import { ENTITY_TYPES } from '../analysis/types';
import { arr, bool, httpUrl, int, nullable, obj, oneOf, str, type Validator } from './validate';

/**
 * Every message between the parts of the extension, with its validator. Content scripts live in the
 * reader's pages and are treated as less trusted than extension pages: they may only ask about and act on
 * their own page; settings, export, import and erase come only from extension pages.
 */

const MAX_ARTICLE_CHARS = 2_000_000;
const name = str(300);

const quote = obj({
  type: oneOf(['TextQuoteSelector'] as const),
  exact: str(20_000),
  prefix: str(200),
  suffix: str(200),
});
const position = obj({ type: oneOf(['TextPositionSelector'] as const), start: int(), end: int() });

export const contentRequests = {
  /** Readability on the page's serialised HTML, off the page's main thread. */
  'page/read': obj({ html: str(20_000_000), url: httpUrl() }),
  /** Is Backstory on for this host, and with which settings? */
  'page/settings': obj({ host: str(260) }),
  'page/analyze': obj({
    text: str(MAX_ARTICLE_CHARS),
    meta: obj({
      title: str(1000),
      url: httpUrl(),
      published: nullable(str(64)),
      site: nullable(str(300)),
      byline: nullable(str(1000)),
      lang: nullable(str(35)),
    }),
  }),
  'card/entity': obj({ key: str(300), url: httpUrl() }),
  'knowledge/lookup': obj({
    name,
    aliases: arr(name, 30),
    type: oneOf(ENTITY_TYPES),
    roles: arr(str(300), 20),
    context: arr(name, 40),
    published: nullable(str(64)),
  }),
  'knowledge/choose': obj({ name, qid: str(20) }),
  'highlight/save': obj({ url: httpUrl(), title: str(1000), site: str(300), quote, position, note: str(5000) }),
  'highlight/list': obj({ url: httpUrl() }),
  'highlight/note': obj({ id: str(100), note: str(5000) }),
  'highlight/delete': obj({ id: str(100) }),
  /** The card's "turn off on this site": the host is taken from the sender's tab, never from the message. */
  'site/disable-here': obj({}),
} satisfies Record<string, Validator<unknown>>;

export const extensionPageRequests = {
  'view/page': obj({ tabId: int() }),
  'site/set': obj({ host: str(260), enabled: bool }),
  'settings/get': obj({}),
  'settings/set': obj({ patch: (v: unknown) => v }),
  'highlights/export': obj({ format: oneOf(['markdown', 'json'] as const) }),
  'highlights/import': obj({ json: str(20_000_000) }),
  'data/erase': obj({}),
} satisfies Record<string, Validator<unknown>>;

/** Messages the background or popup send to a page's content script. */
export const pageCommands = {
  'page/reveal': obj({ kind: oneOf(['entity', 'attribution', 'saved'] as const), key: str(300), start: int() }),
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
