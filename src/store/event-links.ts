import type { EntityType } from '../analysis/types';

/**
 * Places and groups ("United States", "Iranian") are in nearly every article: linking by them would pull
 * in everything. Events are linked through people, organizations and named things.
 */
export const LINKING_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'OTHER']);

/** Entity keys start with their type (`person:…`, see analysis/entities/keys.ts). */
const LINKING_PREFIXES = [...LINKING_TYPES].map((t) => `${t.toLowerCase()}:`);
const SEPARATOR = '\u0000';

export const isLinking = (key: string) => LINKING_PREFIXES.some((p) => key.startsWith(p));

/**
 * What an event is indexed by (multi-entry): "<entity key>\0<event date>" for each linking entity, so that one
 * range of the index holds an entity's events in date order, newest last. IndexedDB has no compound
 * multi-entry index; this string is one.
 */
export const eventLinks = (entityKeys: readonly string[], date: string): string[] =>
  [...new Set(entityKeys.filter(isLinking))].map((k) => `${k}${SEPARATOR}${date}`);

/** The index range of one entity's events. */
export const linkRange = (key: string): [string, string] => [`${key}${SEPARATOR}`, `${key}\u0001`];
