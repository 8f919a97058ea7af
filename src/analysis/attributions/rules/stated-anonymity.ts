import { candidate, type Candidate } from '../candidate';
import { tokenAt, type SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Stated anonymity: "on condition of anonymity", "asked not to be named". It is a cue of its own (the doc
 * lists it as one), so it is flagged next to the source phrase it qualifies; not when a person is named in
 * the sentence (who may merely withhold a surname).
 */
const ANONYMITY = [
  /\b(?:on|under) (?:the |a )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)/g,
  /\b(?:asked|asking|requested|requesting|declined|declining|refused|wished|wanted) (?:not )?to be (?:named|identified)/g,
  /\b(?:did|does|do) not (?:want|wish) to be (?:named|identified)/g,
  /\bnot (?:be )?authori[sz]ed to (?:speak|discuss|comment)/g,
  /\b(?:requested|insisted on|granted) anonymity/g,
  /\b(?:speaking|spoke|talking|talked) (?:anonymously|on background|off the record)/g,
];
// Every pattern above contains one of these: a cheap test before the regular expressions.
const HINTS = /anonym|named|identified|authori[sz]ed|background|record/;

function find(view: SentenceView): Candidate[] {
  const first = view.tokens[0];
  const last = view.tokens[view.tokens.length - 1];
  if (!first || !last || view.types.includes('PERSON')) return [];
  const lower = view.text.slice(first.start, last.end).toLowerCase();
  if (!HINTS.test(lower)) return [];
  for (const re of ANONYMITY) {
    for (const m of lower.matchAll(re)) {
      const a = tokenAt(view, first.start + m.index, 0);
      const b = tokenAt(view, first.start + m.index + m[0].length - 1, a);
      return [candidate(view, a, b, 'ANON_SOURCE')];
    }
  }
  return [];
}

export const statedAnonymity: AttributionRule = { id: 'stated-anonymity', find };
