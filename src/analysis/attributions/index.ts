import type { Sentence } from '../text/sentences';
import type { Attribution, Entity } from '../types';
import type { RuleFlag } from './candidate';
import { resolveOverlaps } from './overlaps';
import { speakerQuotes } from './quotes';
import type { AttributionTagger } from './learned/tagger';
import { RULES, type RegisteredRule } from './registry';
import { suppressionsFor } from './suppressions';
import { CATEGORY_TEXTS } from './texts';
import { buildViews, mentionRanges, type SentenceView, type TypedRange } from './view';

export { CATEGORY_TEXTS, type CategoryText } from './texts';

function personLookup(mentions: TypedRange[]): (offset: number) => boolean {
  const spans = mentions.filter((m) => m.type === 'PERSON');
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * The sentences as the rules read them, tagged by the learned tagger when there is one, and whether an
 * offset sits in a speaker's quotation.
 */
export function sentenceViews(
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  tagger: AttributionTagger | null = null,
): { views: SentenceView[]; isQuoted: (offset: number) => boolean } {
  const mentions = mentionRanges(entities);
  const isQuoted = speakerQuotes(text, personLookup(mentions));
  const views = buildViews(text, sentences, mentions, isQuoted);
  if (tagger) for (const view of views) view.learned = tagger.tag(view);
  return { views, isQuoted };
}

/**
 * Finds the attributions whose source the reader cannot identify, plus relays through named outlets.
 * Offsets are UTF-16 code units into `text`; `sentences` come from splitSentences(text) and `entities`
 * from the entity recogniser (an empty list works, with capitalisation standing in for names). With the
 * learned tagger's weights (`tagger`) its rules add their flags; without, the rules of words alone run.
 * Each flag names the rule that made it (see registry.ts).
 */
export function detectAttributions(
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  tagger: AttributionTagger | null = null,
): Attribution[] {
  return detectWith(RULES, text, sentences, entities, tagger);
}

/** detectAttributions with a given list of rules: the evals compare the rules of words and the learned ones. */
export function detectWith(
  rules: readonly RegisteredRule[],
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  tagger: AttributionTagger | null,
): Attribution[] {
  const { views, isQuoted } = sentenceViews(text, sentences, entities, tagger);
  const flags: RuleFlag[] = [];
  for (const view of views) {
    const suppressed = suppressionsFor(view, isQuoted);
    for (const { rule, suppressedBy } of rules) {
      for (const c of rule.find(view)) {
        if (!suppressedBy.some((by) => suppressed(c, by))) flags.push({ ...c, rule: rule.id });
      }
    }
  }
  return resolveOverlaps(flags).map((f) => ({
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    category: f.category,
    rule: f.rule,
    explanation: CATEGORY_TEXTS[f.category].explanation,
    question: CATEGORY_TEXTS[f.category].question,
  }));
}
