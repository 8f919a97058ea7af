import type { ImportSummary } from '../backup/import';
import { LIMITS } from '../limits';
import type { Settings } from '../settings/settings';
import type { RequestsOf } from './route';
import { bool, int, nullable, obj, oneOf, str } from './validate';
import type { SiteRefusal } from './content';
import type { PageView } from './views';

/** Extension page (popup, options, onboarding) → background: the reader's own settings and data. */
export const extensionPageRequests = {
  'view/page': obj({ tabId: int() }),
  /** `tabId`: the tab the popup is about; nothing is written when it is in a private window. */
  'site/set': obj({ host: str(LIMITS.host), enabled: bool, tabId: nullable(int()) }),
  'settings/get': obj({}),
  /** Merged field by field into the settings (`mergeSettings` ignores anything malformed). */
  'settings/set': obj({ patch: (v: unknown) => v }),
  'highlights/export': obj({ format: oneOf(['markdown', 'json'] as const) }),
  'highlights/import': obj({ json: str(LIMITS.importChars) }),
  'data/erase': obj({}),
  /** The whole-reader backup (src/backup). */
  'data/export': obj({}),
  // Twice the backup limit, so that an oversized file is refused by parseBackup with its message, not dropped here.
  'data/import': obj({ json: str(2 * LIMITS.backupBytes) }),
};

export type ExtensionPageRequests = RequestsOf<typeof extensionPageRequests>;

export interface ExtensionPageResponses {
  'view/page': { view: PageView | null };
  'site/set': { ok: true; settings: Settings } | { ok: false; reason: SiteRefusal };
  'settings/get': { settings: Settings };
  'settings/set': { settings: Settings };
  'highlights/export': { text: string; count: number };
  'highlights/import': { imported: number; rejected: number; errors: string[] };
  'data/erase': { ok: true };
  'data/export': { json: string; articles: number; highlights: number };
  'data/import': { ok: true; imported: ImportSummary } | { ok: false; error: string };
}
