import { describe, type SavedHighlight } from '../../../src/highlights/index.ts';
import { ARTICLE } from './article.ts';

const T0 = Date.UTC(2026, 10, 20, 9, 30);

/** A highlight of `phrase` in the test article, as the content script would save it. */
export function highlightOf(phrase: string, overrides: Partial<SavedHighlight> = {}): SavedHighlight {
  const start = ARTICLE.indexOf(phrase);
  if (start === -1) throw new Error(`phrase not in article: ${phrase}`);
  const { quote, position } = describe(ARTICLE, start, start + phrase.length);
  return {
    id: `00000000-0000-4000-8000-${String(start).padStart(12, '0')}`,
    url: 'https://www.harbour-times.example/news/flood-barrier-vote',
    title: 'Harbour city council approves flood barrier after decade of delays',
    site: 'The Harbour Times',
    quote,
    position,
    note: '',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
