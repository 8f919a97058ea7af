import { detectWith } from '../../src/analysis/attributions';
import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { RULES, type RegisteredRule } from '../../src/analysis/attributions/registry';
import { splitSentences, type Sentence } from '../../src/analysis/text/sentences';
import type { Entity } from '../../src/analysis/types';
import type { Span } from './score';

/**
 * The detector's variants the evals compare: the rules of words alone, the learned rules alone (with their
 * named-source gate), and both, which is what ships (`detectAttributions` with the tagger's weights).
 */
export const VARIANTS: Readonly<Record<string, readonly RegisteredRule[]>> = {
  'rules+learned': RULES,
  rules: RULES.filter((r) => !r.rule.id.startsWith('learned-')),
  learned: RULES.filter((r) => r.rule.id.startsWith('learned-')),
};

/** A variant's flags, without OUTLET_RELAY: a badge, not a flag (the doc counts relays as soft). */
export function flagsOf(
  variant: string,
  text: string,
  entities: Entity[],
  tagger: AttributionTagger | null,
  sentences: Sentence[] = splitSentences(text),
): Span[] {
  return detectWith(VARIANTS[variant]!, text, sentences, entities, tagger).filter((a) => a.category !== 'OUTLET_RELAY');
}
