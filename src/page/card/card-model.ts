import type { Analysis } from '../../analysis/types';
import type { SavedHighlight } from '../../highlights/types';
import type { KnowledgeResult } from '../../knowledge/types';
import type { EntityHistory } from '../../messages/views';
import type { CardModel } from '../../ui/card/model';
import type { MarkSpec } from '../marks/spec';

/** What a card can draw on: the page's analysis and saved highlights, and what has been fetched so far. */
export interface CardSources {
  analysis: Pick<Analysis, 'entities' | 'attributions' | 'published'>;
  highlights: readonly SavedHighlight[];
  histories: ReadonlyMap<string, EntityHistory | 'loading'>;
  knowledge: ReadonlyMap<string, KnowledgeResult | 'loading'>;
  /** The reader allows Wikipedia/Wikidata look-ups. */
  lookups: boolean;
}

/** The card for a mark, or null when the mark no longer matches anything the page knows. */
export function cardModel(spec: MarkSpec, sources: CardSources): CardModel | null {
  const { analysis } = sources;
  if (spec.kind === 'entity') {
    const e = analysis.entities.find((x) => x.key === spec.key);
    if (!e) return null;
    return {
      kind: 'entity',
      key: e.key,
      name: e.name,
      type: e.type,
      roles: e.roles,
      names: [...new Set(e.mentions.map((m) => m.text))],
      mentionCount: e.mentions.length,
      published: analysis.published,
      history: sources.histories.get(e.key) ?? null,
      knowledge: sources.lookups ? (sources.knowledge.get(e.key) ?? null) : 'off',
    };
  }
  if (spec.kind === 'attribution') {
    const a = analysis.attributions.find((x) => x.start === spec.start && x.category === spec.category);
    return a
      ? { kind: 'attribution', category: a.category, text: a.text, explanation: a.explanation, question: a.question }
      : null;
  }
  const h = sources.highlights.find((x) => x.id === spec.id);
  return h ? { kind: 'saved', id: h.id, quote: h.quote.exact, note: h.note } : null;
}
