import { tenseOf, type Tense } from './tense';
import type { TimeExpression } from './time-expressions';

/** "Tonight, the mayor said…": a time that opens its clause takes the clause's tense. */
const FRONTED_LEAD_WORDS = 2;

/**
 * Whether "today", "tonight" or "this morning" is the reporter's day, the publication date: outside quoted
 * speech (a speaker's "tonight" is the evening they spoke, which the story may not give) and after a past or
 * future verb of its clause ("were injured tonight", "will speak this afternoon"), or fronted in a clause with
 * a tense ("Tonight, the mayor said"). "Too many calls today still go to voicemail" is the present age, not a day.
 * `lead` is the clause's text before the expression, `tense` the clause's tense.
 */
export function isReportersDay(text: string, e: TimeExpression, lead: string, tense: Tense): boolean {
  if (!e.deictic) return true;
  if (insideQuote(text, e.start)) return false;
  const fronted = (lead.match(/\p{L}+/gu) ?? []).length <= FRONTED_LEAD_WORDS;
  return tenseOf(lead) !== 'unknown' || (fronted && tense !== 'unknown');
}

/**
 * Inside a quotation that opened earlier in the paragraph: an odd number of double quotation marks before
 * `at`. Parity, not openings minus closings, so that a quote opened with the wrong mark ("”Mr. Trump …") and a
 * quote inside a quote ("he calls “hell” than") still count; quotes do not span paragraphs in news copy.
 */
export function insideQuote(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf('\n', at - 1) + 1;
  let marks = 0;
  for (let i = paragraph; i < at; i++) if (/["\u201c\u201d]/.test(text[i]!)) marks++;
  return marks % 2 === 1;
}
