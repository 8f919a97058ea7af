/** The knowledge client: Wikipedia/Wikidata look-ups, entity linking and the data of a card's knowledge part. */
export { createKnowledgeService, sanitizeQuery } from './service';
export type { KnowledgeService, KnowledgeServiceOptions } from './service';
export { createDexieKnowledgeCache } from './dexie-cache';
export type { DexieCacheOptions } from './dexie-cache';
export { createMemoryKnowledgeCache } from './memory-cache';
export { PROJECT_CONTACT, wikimediaUserAgent } from './user-agent';
export type * from './types';
