import type { Span } from '../types';
import type { TimeExpression } from './time-expressions';

const PERIOD_PREPOSITIONS = new Set(['since', 'until', 'from', 'through']);

/**
 * Whether a time expression dates an event, rather than:
 * - a measurement or comparison: a percentage in the clause ("In 2012, 43 percent of the money…"),
 *   "more than in 2017", "compared with last year";
 * - a period: "since 2012", "until 2025", "held power from 2011 to 2013", "between January 1 and
 *   September 26";
 * - part of a name: "the National Voter Registration Act of 1993";
 * - an imprecise stretch: "a few days ago", "over the past weekend" (no honest place on a timeline);
 * - page chrome: "First published February 1, 2016" dates the page, not an event.
 */
export function datesAnEvent(text: string, sentence: Span, clause: Span, e: TimeExpression): boolean {
  if (e.vague) return false;
  if (e.preposition !== null && PERIOD_PREPOSITIONS.has(e.preposition)) return false;
  if (/\b(?:percent|per\s+cent)\b|%/i.test(text.slice(clause.start, clause.end))) return false;
  const lead = text.slice(clause.start, e.start);
  if (/\bbetween\b[^,;]*$/i.test(lead)) return false;
  if (e.preposition === 'of' && /\p{Lu}[\p{L}.]*\s*$/u.test(text.slice(Math.max(0, e.start - 40), e.start)))
    return false;
  const chrome = /^\s*(?:(?:first|last)\s+)?(?:published|updated|posted|copyright|\u00a9)\s*:?\s*(?:on\s+)?$/i;
  if (chrome.test(text.slice(sentence.start, e.start))) return false;
  if (/(?:\bthan|\bcompared\s+(?:with|to)|\p{N}|\b(?:percent|billion|million|trillion))\s*$/iu.test(lead)) return false;
  return true;
}

/**
 * A future year is a forecast ("will overtake Medicaid in 2020", "by 2030"), not a scheduled event:
 * scheduled events come with a month or a day. The publication year counts as future when the clause
 * speaks of the future ("will pay in interest this year"), and always for a year that modifies a noun:
 * "the 2016 election" in a 2016 article is the campaign under way, not a happening on the calendar.
 */
export function isForecast(date: string, publishedYear: number | null, future: boolean, attributive = false): boolean {
  if (date.length !== 4) return false;
  const year = Number(date);
  if (publishedYear === null) return future;
  return year > publishedYear || (year === publishedYear && (future || attributive));
}
