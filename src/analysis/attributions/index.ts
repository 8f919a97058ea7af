import type { Sentence } from '../text/sentences';
import type { Attribution, Entity } from '../types';
import type { RuleFlag } from './candidate';
import { resolveOverlaps } from './overlaps';
import { speakerQuotes } from './quotes';
import { RULES } from './registry';
import { suppressionsFor } from './suppressions';
import { CATEGORY_TEXTS } from './texts';
import { buildViews, mentionRanges, type TypedRange } from './view';

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
 * Finds the attributions whose source the reader cannot identify, plus relays through named outlets.
 * Offsets are UTF-16 code units into `text`; `sentences` come from splitSentences(text) and `entities`
 * from the entity recogniser (an empty list works, with capitalisation standing in for names). Each flag
 * names the rule that made it (see registry.ts).
 */
export function detectAttributions(text: string, sentences: Sentence[], entities: Entity[]): Attribution[] {
  const mentions = mentionRanges(entities);
  const isQuoted = speakerQuotes(text, personLookup(mentions));
  const flags: RuleFlag[] = [];
  for (const view of buildViews(text, sentences, mentions, isQuoted)) {
    const suppressed = suppressionsFor(view, isQuoted);
    for (const { rule, suppressedBy } of RULES) {
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
