import { readPageHtml } from '../../../src/background/read-page';
import { createHandlers, type BackgroundDeps, type ContentSender } from '../../../src/background/handlers';
import type { EntityRecognizer } from '../../../src/analysis/entities';
import { createDexieKnowledgeCache } from '../../../src/knowledge';
import type { KnowledgeService } from '../../../src/knowledge/service';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';

/** A recogniser that knows two names, so these tests are about the background, not the tagger. */
export const recognizer: EntityRecognizer = {
  recognize(text) {
    const out = [];
    for (const [name, type, key] of [
      ['Fuad Hussein', 'PERSON', 'person:fuad-hussein'],
      ['Baghdad', 'PLACE', 'place:baghdad'],
    ] as const) {
      const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index!,
        end: m.index! + name.length,
        text: name,
      }));
      if (mentions.length) out.push({ key, name, type, roles: [], mentions });
    }
    return out;
  },
};

export const TEXT =
  'Iraqi Foreign Minister Fuad Hussein arrived in Baghdad on Monday after talks that officials said went well. ' +
  'The minister had visited Baghdad in January, according to people familiar with the trip.';

export const STORY = 'https://news.example/story';

export const sender = (url = STORY, extra: Partial<ContentSender> = {}): ContentSender => ({
  tabId: 1,
  incognito: false,
  url,
  ...extra,
});

export const analyzeRequest = (url = STORY) => ({
  text: TEXT,
  meta: { title: 'Minister back', url, published: '2020-10-05', site: 'News', byline: null, lang: 'en' },
});

export const saveRequest = (url = STORY, note = '') => ({
  url,
  title: 'Minister back',
  site: 'News',
  note,
  quote: { type: 'TextQuoteSelector' as const, exact: 'Baghdad', prefix: 'arrived in ', suffix: ' on Monday' },
  position: { type: 'TextPositionSelector' as const, start: 47, end: 54 },
});

/** A knowledge service that answers nothing and counts what it was asked. */
export function quietKnowledge(): KnowledgeService & { cleared: number } {
  const service = {
    cleared: 0,
    lookup: async (q: { name: string }) => ({ status: 'none' as const, query: q.name }),
    choose: async () => {},
    settled: async () => {},
    clear: async () => void service.cleared++,
  };
  return service;
}

let n = 0;

/** Handlers over a fresh database; what they broadcast is counted. */
export function backgroundFor(overrides: Partial<BackgroundDeps> = {}) {
  const db: BackstoryDb = overrides.db ?? openDatabase(`test-background-${n++}`);
  const told = { settings: 0, erased: 0 };
  const knowledge = quietKnowledge();
  const deps: BackgroundDeps = {
    db,
    recognizer: async () => recognizer,
    attributionTagger: async () => null,
    knowledge: () => knowledge,
    knowledgeStore: createDexieKnowledgeCache(`test-background-knowledge-${n}`),
    now: () => 1_700_000_000_000,
    broadcastSettings: () => void told.settings++,
    broadcastErased: () => void told.erased++,
    isPrivateTab: async () => false,
    askTabUrl: async () => null,
    readPage: async (html: string, url: string) => readPageHtml(new DOMParser(), html, url),
    ...overrides,
  };
  return { h: createHandlers(deps), db, told, knowledge };
}
