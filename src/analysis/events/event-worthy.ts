import type { Span } from '../types';
import { hasPastForm, hasPerfect } from './tense';
import type { TimeExpression } from './time-expressions';

const PERIOD_PREPOSITIONS = new Set(['until', 'till', 'from', 'through']);
/** "before Sept. 11", "after 2012", "as of 2008": the clause happens relative to the time, not at it. */
const RELATIVE_TO = /\b(?:before|after|as\s+of)\s*$/i;
/**
 * "the highest since 2009", "the first time since December", "hasn't held it since 2010", "turnout has fallen
 * since 2008", "has raised $1 million since Jan. 1": a comparison, a negation, a change or a sum measured over
 * the period, with no onset to date.
 */
const SINCE_MEASURE =
  /\b(?:first|only|highest|lowest|largest|biggest|smallest|best|worst|most|least|fewest|longest|shortest|greatest|strongest|weakest|ever|any|same|unchanged|never|not|fallen|risen|grown|increased|decreased|dropped|declined|doubled|tripled|improved|worsened|shrunk|surged|soared|climbed|plunged|slipped)\b|n['\u2019]t\b|\$\s?\d|\b(?:million|billion|trillion)\b/i;
/** Where the part of a clause that holds a time begins: "the bill it wants passed | before Parliament rises…". */
const SUBORDINATOR = /\b(?:before|after|when|until|unless|if|once|as|while|that|because)\b/i;
/** "The first time in six months", "the highest in two years": a count back over a stretch, not ahead. */
const MEASURED_STRETCH =
  /\b(?:first\s+time|times?|highest|lowest|largest|biggest|smallest|best|worst|most|least|fewest|longest|shortest|greatest|strongest|weakest|ever|only)\b/i;

/**
 * Whether a time expression dates an event, rather than:
 * - a measurement or comparison: a percentage in the clause ("In 2012, 43 percent of the money…"),
 *   "more than in 2017", "compared with last year";
 * - a period: "until 2025", "held power from 2011 to 2013", "between January 1 and September 26"; but
 *   "since" dates the onset of a state in the perfect ("he has been a registered Republican since 2003"),
 *   unless it measures ("the highest since 2009", "the first time since December");
 * - a time the clause is placed against, not at: "before Sept. 11", "after 2012", "as of 2008" — unless it
 *   names a happening ("after Tuesday's primary");
 * - part of a name: "the National Voter Registration Act of 1993";
 * - an imprecise stretch: "a few days ago", "over the past weekend" (no honest place on a timeline);
 * - page chrome: "First published February 1, 2016" dates the page, not an event.
 */
export function datesAnEvent(text: string, sentence: Span, clause: Span, e: TimeExpression): boolean {
  if (e.vague) return false;
  if (e.preposition !== null && PERIOD_PREPOSITIONS.has(e.preposition)) return false;
  const words = text.slice(clause.start, clause.end);
  if (/\b(?:percent|per\s+cent)\b|%/i.test(words)) return false;
  const lead = text.slice(clause.start, e.start);
  // The words that introduce the time, its own preposition included ("as of 2008": "as" + "of").
  const opener = lead + (e.preposition ?? '');
  if (countsAhead(e)) {
    // "Parliament rises in a fortnight" counts ahead; "sold a million copies in 10 days" and "has doubled in two
    // years" measure how long something took, "the first time in six months" how long since.
    const part = lead.split(SUBORDINATOR).pop()!;
    if (hasPastForm(part) || MEASURED_STRETCH.test(part)) return false;
  }
  if (/\bsince\s*$/i.test(opener) && (!hasPerfect(words) || SINCE_MEASURE.test(words))) return false;
  if (!e.attributive && RELATIVE_TO.test(opener)) return false;
  if (/\b(?:until|till|from|through)\s*$/i.test(lead)) return false;
  if (/\bbetween\b[^,;]*$/i.test(lead)) return false;
  if (e.preposition === 'of' && /\p{Lu}[\p{L}.]*\s*$/u.test(text.slice(Math.max(0, e.start - 40), e.start)))
    return false;
  const chrome = /^\s*(?:(?:first|last)\s+)?(?:published|updated|posted|copyright|\u00a9)\s*:?\s*(?:on\s+)?$/i;
  if (chrome.test(text.slice(sentence.start, e.start))) return false;
  if (/(?:\bthan|\bcompared\s+(?:with|to))\s*$/iu.test(lead)) return false;
  // "Stumpf made $19.3 million in 2015", "stood at 200,000 in 1972": an amount in a year is a yearly figure; an
  // amount in a month or on a day is a transaction ("collected $90 million in August").
  if (/(?:\p{N}|\b(?:percent|billion|million|trillion))\s*$/iu.test(lead) && yearOnly(e)) return false;
  return true;
}

/** "In 10 days", "in a fortnight": an offset ahead of publication introduced by "in". */
function countsAhead(e: TimeExpression): boolean {
  return e.preposition === 'in' && e.value.kind === 'relative' && e.value.amount > 0;
}

function yearOnly(e: TimeExpression): boolean {
  const v = e.value;
  return (
    v.kind === 'season' ||
    v.kind === 'bare-season' ||
    (v.kind === 'absolute' && v.month === undefined) ||
    (v.kind === 'relative' && v.unit === 'year')
  );
}

/**
 * "Will overtake Medicaid in 2023", "will cost $4 billion next year", "will be higher in 2030": a quantity
 * projected to a future year, not an act scheduled for it.
 */
const PROJECTION =
  /\b(?:overtake|exceed|surpass|outnumber|outpace|reach|top|hit|rise|fall|grow|double|triple|increase|decrease|decline|drop|climb|shrink|cost|total|average|amount|account\s+for|be\s+(?:worth|about|around|more|less|fewer|higher|lower|larger|smaller|bigger))\b|\b(?:percent|per\s+cent|million|billion|trillion)\b|[$%\u00a3\u20ac]/i;

/**
 * A year ahead of publication is a forecast — "by 2030", a quantity projected to it ("will overtake Medicaid in
 * 2023"), or no sign of the future at all — unless a future clause schedules an act for it ("who will occupy the
 * White House next year"). The publication year counts as a forecast when the clause speaks of the future ("will
 * pay in interest this year": scheduled events this year come with a month or a day), and always for a year
 * that modifies a noun: "the 2016 election" in a 2016 article is the campaign under way, not a happening on the
 * calendar.
 */
export function isForecast(
  date: string,
  publishedYear: number | null,
  future: boolean,
  e: Pick<TimeExpression, 'attributive' | 'preposition'>,
  clause: string,
): boolean {
  if (date.length !== 4) return false;
  const year = Number(date);
  if (publishedYear === null) return future;
  if (year < publishedYear) return false;
  if (year === publishedYear || e.attributive) return future || e.attributive;
  return !future || e.preposition === 'by' || PROJECTION.test(clause);
}
