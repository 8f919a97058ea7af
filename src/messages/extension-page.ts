import { LIMITS } from '../limits';
import type { Settings } from '../settings/settings';
import type { RequestsOf } from './route';
import { bool, int, obj, oneOf, str } from './validate';
import type { PageView } from './views';

/** Extension page (popup, options, onboarding) → background: the reader's own settings and data. */
export const extensionPageRequests = {
  'view/page': obj({ tabId: int() }),
  'site/set': obj({ host: str(LIMITS.host), enabled: bool }),
  'settings/get': obj({}),
  /** Merged field by field into the settings (`mergeSettings` ignores anything malformed). */
  'settings/set': obj({ patch: (v: unknown) => v }),
  'highlights/export': obj({ format: oneOf(['markdown', 'json'] as const) }),
  'highlights/import': obj({ json: str(LIMITS.importChars) }),
  'data/erase': obj({}),
};

export type ExtensionPageRequests = RequestsOf<typeof extensionPageRequests>;

export interface ExtensionPageResponses {
  'view/page': { view: PageView | null };
  'site/set': { settings: Settings };
  'settings/get': { settings: Settings };
  'settings/set': { settings: Settings };
  'highlights/export': { text: string; count: number };
  'highlights/import': { imported: number; rejected: number; errors: string[] };
  'data/erase': { ok: true };
}
