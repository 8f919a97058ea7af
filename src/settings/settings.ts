import { LIMITS } from '../limits';
import { ATTRIBUTION_CATEGORIES, ENTITY_TYPES, type AttributionCategory, type EntityType } from '../analysis/types';

/**
 * How many of the names a page gets visibly marked: `calm` marks each name where it first appears, `focus` only
 * the article's main actors, `every` every mention. Mentions left unmarked still open their card on hover.
 */
export type Marking = 'calm' | 'focus' | 'every';
export const MARKINGS: readonly Marking[] = ['calm', 'focus', 'every'];

/** What the reader can change. Stored in the database; every field is validated on the way in. */
export interface Settings {
  /** Hostnames where Backstory stays off. */
  disabledSites: string[];
  entityTypes: Record<EntityType, boolean>;
  attributionCategories: Record<AttributionCategory, boolean>;
  marking: Marking;
  /** Wikipedia/Wikidata look-ups when a card opens: the only thing that ever leaves the browser. */
  lookups: boolean;
  /** The first-run page has been shown. */
  onboarded: boolean;
  /** A card has shown the keyboard shortcuts once; later cards keep them folded away. */
  shortcutsShown: boolean;
}

/** What a page's content script needs of the settings: what to mark, what cards look up and show. */
export type PageSettings = Pick<
  Settings,
  'entityTypes' | 'attributionCategories' | 'marking' | 'lookups' | 'shortcutsShown'
>;

export function pageSettingsOf({
  entityTypes,
  attributionCategories,
  marking,
  lookups,
  shortcutsShown,
}: Settings): PageSettings {
  return { entityTypes, attributionCategories, marking, lookups, shortcutsShown };
}

export function defaultSettings(): Settings {
  return {
    disabledSites: [],
    // Groups are mostly demonyms ("Iranian", "Tunisians"): many, and rarely what a reader needs explained.
    entityTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, t !== 'GROUP'])) as Record<EntityType, boolean>,
    attributionCategories: Object.fromEntries(ATTRIBUTION_CATEGORIES.map((c) => [c, true])) as Record<
      AttributionCategory,
      boolean
    >,
    marking: 'calm',
    lookups: true,
    onboarded: false,
    shortcutsShown: false,
  };
}

const HOST_RE = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

/** Merges an untrusted partial update into settings, ignoring anything malformed. */
export function mergeSettings(current: Settings, patch: unknown): Settings {
  const next: Settings = structuredClone(current);
  if (!patch || typeof patch !== 'object') return next;
  const p = patch as Record<string, unknown>;
  if (Array.isArray(p.disabledSites)) {
    next.disabledSites = [
      ...new Set(
        p.disabledSites
          .filter((h): h is string => typeof h === 'string' && HOST_RE.test(h))
          .slice(0, LIMITS.disabledSites),
      ),
    ];
  }
  if (p.entityTypes && typeof p.entityTypes === 'object') {
    for (const t of ENTITY_TYPES) {
      const v = (p.entityTypes as Record<string, unknown>)[t];
      if (typeof v === 'boolean') next.entityTypes[t] = v;
    }
  }
  if (p.attributionCategories && typeof p.attributionCategories === 'object') {
    for (const c of ATTRIBUTION_CATEGORIES) {
      const v = (p.attributionCategories as Record<string, unknown>)[c];
      if (typeof v === 'boolean') next.attributionCategories[c] = v;
    }
  }
  if (MARKINGS.includes(p.marking as Marking)) next.marking = p.marking as Marking;
  if (typeof p.lookups === 'boolean') next.lookups = p.lookups;
  if (typeof p.onboarded === 'boolean') next.onboarded = p.onboarded;
  if (typeof p.shortcutsShown === 'boolean') next.shortcutsShown = p.shortcutsShown;
  return next;
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host.toLowerCase());
}
