import { createKnowledgeService, createMemoryKnowledgeCache } from '../../../src/knowledge';
import type { KnowledgeCache, KnowledgeResult, LookupQuery } from '../../../src/knowledge';
import type { KnowledgeServiceOptions } from '../../../src/knowledge/service';
import type { FakeWikimedia } from '../../fixtures/wikimedia/server';

export const TODAY = Date.parse('2026-11-25T09:00:00Z');

/** The names around the seed article (US–Iraq–Iran tensions, autumn 2020). */
export const IRAQ_2020 = ['Iraq', 'Baghdad', 'Iran', 'Mike Pompeo', 'United States', 'Washington', 'Kataib Hezbollah'];

export function query(partial: Partial<LookupQuery> & { name: string }): LookupQuery {
  return { aliases: [], type: 'PERSON', roles: [], context: [], published: null, ...partial };
}

export function serviceFor(
  server: FakeWikimedia,
  extra: Partial<KnowledgeServiceOptions> & { cache?: KnowledgeCache } = {},
) {
  return createKnowledgeService({
    fetch,
    cache: extra.cache ?? createMemoryKnowledgeCache(),
    wikipediaBase: server.baseUrl,
    wikidataBase: server.baseUrl,
    userAgent: 'Backstory-test/0.1 (unit tests)',
    now: () => TODAY,
    sleep: async () => {},
    ...extra,
  });
}

export function linkedQid(r: KnowledgeResult): string | null {
  return r.status === 'linked' ? r.entity.qid : null;
}
