import { tenseOf, type Tense } from './tense';
import type { TimeExpression } from './time-expressions';

/** "Tonight, the mayor said…": a time that opens its clause takes the clause's tense. */
const FRONTED_LEAD_WORDS = 2;
/** How close before the time the verb that it dates stands: "went off in New Jersey today". */
const VERB_REACH = 4;
/** "its continued influence today": a participle after a determiner is an adjective. */
const DETERMINER_AND_WORD = /\b(?:the|a|an|his|her|its|their|our|my|your)\s+\p{L}+/giu;
/** "went off in New Jersey today": a place between the verb and the time does not part them. */
const PLACE_PHRASE = /\b(?:in|at|on|near|outside|inside|from|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s*)+/gu;

/**
 * Whether "today", "tonight" or "this morning" is the reporter's day, the publication date: outside quoted
 * speech (a speaker's "tonight" is the evening they spoke, which the story may not give), and right after a
 * past or future verb ("were injured tonight", "went off in New Jersey today", "will speak this afternoon"), or,
 * for "tonight" and "this morning", fronted in a clause with a tense ("Tonight, the mayor said"). Elsewhere
 * "today" is the present age: "too many calls today still go to voicemail", "its continued influence today",
 * "should do the same for jihadists today". `lead` is the clause's text before the expression, `tense` the
 * clause's tense.
 */
export function isReportersDay(text: string, e: TimeExpression, lead: string, tense: Tense): boolean {
  if (!e.deictic) return true;
  if (insideQuote(text, e.start)) return false;
  const words =
    lead
      .replace(PLACE_PHRASE, ' ')
      .replace(DETERMINER_AND_WORD, ' ')
      .match(/[\p{L}'\u2019]+/gu) ?? [];
  if (tenseOf(words.slice(-VERB_REACH).join(' ')) !== 'unknown') return true;
  const fronted = (lead.match(/\p{L}+/gu) ?? []).length <= FRONTED_LEAD_WORDS;
  return fronted && !/\btoday\b/i.test(e.text) && tense !== 'unknown';
}

/**
 * Inside a quotation that opened earlier in the paragraph: an odd number of double quotation marks before
 * `at`. Parity, not openings minus closings, so that a quote opened with the wrong mark ("”Mr. Trump …") and a
 * quote inside a quote ("he calls “hell” than") still count; quotes do not span paragraphs in news copy.
 */
function insideQuote(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf('\n', at - 1) + 1;
  let marks = 0;
  for (let i = paragraph; i < at; i++) if (/["\u201c\u201d]/.test(text[i]!)) marks++;
  return marks % 2 === 1;
}
