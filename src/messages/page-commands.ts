import { LIMITS } from '../limits';
import type { RequestsOf } from './route';
import { int, obj, oneOf, str } from './validate';
import type { PageIdentity } from './views';

/** Background or popup → a page's content script. */
export const pageCommands = {
  /** Scroll a mark into view and open its card (the popup's lists). */
  'page/reveal': obj({
    kind: oneOf(['entity', 'attribution', 'saved'] as const),
    key: str(LIMITS.entityKey),
    start: int(0, LIMITS.offset),
  }),
  /** The save-highlight shortcut and context-menu item. */
  'page/save-selection': obj({}),
  /** The show/hide-marks shortcut. */
  'page/toggle': obj({}),
  'page/settings-changed': obj({}),
  'page/whoami': obj({}),
};

export type PageCommands = RequestsOf<typeof pageCommands>;

export type RevealTarget = PageCommands['page/reveal'];

export interface PageCommandResponses {
  'page/reveal': { ok: boolean };
  'page/save-selection': { ok: boolean };
  'page/toggle': { hidden: boolean };
  'page/settings-changed': { ok: true };
  'page/whoami': PageIdentity;
}
