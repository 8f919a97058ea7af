import { candidate } from '../candidate';
import { ANON_HEADS } from '../lexicon';
import { isNameToken } from '../names';
import { isModifier } from '../phrase';
import type { SentenceView } from '../view';
import type { RuleContext } from './context';

/**
 * Stated anonymity and "X has learned": "on condition of anonymity", "asked not to be named",
 * "Reuters has learned". Stated anonymity is a cue of its own (the doc lists it as one), so it is flagged
 * next to the source phrase it qualifies; not when a person is named in the sentence (who may merely
 * withhold a surname).
 */
const ANONYMITY = [
  /\b(?:on|under) (?:the |a )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)/g,
  /\b(?:asked|asking|requested|requesting|declined|declining|refused|wished|wanted) (?:not )?to be (?:named|identified)/g,
  /\b(?:did|does|do) not (?:want|wish) to be (?:named|identified)/g,
  /\bnot (?:be )?authori[sz]ed to (?:speak|discuss|comment)/g,
  /\b(?:requested|insisted on|granted) anonymity/g,
  /\b(?:speaking|spoke|talking|talked) (?:anonymously|on background|off the record)/g,
];
const LEARNED = /\b(?:has|have) learned\b/g;
// Every pattern above contains one of these: a cheap test before the regular expressions.
const HINTS = /anonym|named|identified|authori[sz]ed|background|record|learned/;

function tokenAt(view: SentenceView, offset: number, from: number): number {
  let i = from;
  while (i + 1 < view.tokens.length && view.tokens[i + 1]!.start <= offset) i++;
  return i;
}

// "a report that cited unnamed sources", "according to anonymous officials": anonymity stated by the
// adjective itself, wherever the phrase sits.
const UNNAMED = new Set(['unnamed', 'anonymous', 'unidentified']);

function unnamedSources(view: SentenceView, ctx: RuleContext): void {
  for (let i = 0; i + 1 < view.words.length; i++) {
    if (!UNNAMED.has(view.words[i]!)) continue;
    for (let h = i + 1; h <= i + 3 && h < view.words.length; h++) {
      if (ANON_HEADS.has(view.words[h]!)) {
        ctx.out.push(candidate(view, i, h, 'ANON_SOURCE', h));
        break;
      }
      if (!isModifier(view, h)) break;
    }
  }
}

export function anonymityPhrases(view: SentenceView, ctx: RuleContext): void {
  unnamedSources(view, ctx);
  const first = view.tokens[0];
  const last = view.tokens[view.tokens.length - 1];
  if (!first || !last) return;
  const sentence = view.text.slice(first.start, last.end);
  const lower = sentence.toLowerCase();
  if (!HINTS.test(lower)) return;
  const hasPerson = view.types.includes('PERSON');
  if (!hasPerson) {
    for (const re of ANONYMITY) {
      for (const m of lower.matchAll(re)) {
        const a = tokenAt(view, first.start + m.index, 0);
        const b = tokenAt(view, first.start + m.index + m[0].length - 1, a);
        ctx.out.push(candidate(view, a, b, 'ANON_SOURCE'));
        return;
      }
    }
  }
  for (const m of lower.matchAll(LEARNED)) {
    const v = tokenAt(view, first.start + m.index, 0);
    // The learner is the outlet or "we": a named subject is required, else it is just a verb.
    if (v > 0 && (isNameToken(view, v - 1) || view.words[v - 1] === 'we')) {
      let s = v - 1;
      while (s > 0 && (isNameToken(view, s - 1) || view.words[s - 1] === 'the')) s--;
      ctx.out.push(candidate(view, s, v + 1, 'ANON_SOURCE', v));
    }
  }
}
