import { addDays, addMonths, daysInMonth, formatDate, isLeapYear, type PartialDate, weekday } from './calendar';
import type { Tense } from './tense';
import type { TimeValue } from './time-expressions';

/**
 * Turns a time expression into an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) against the publication date.
 * `tense` decides which January or which Wednesday a yearless expression means: the last one before the
 * publication date in a past clause, the next one in a future clause; with no sign of either, the nearest
 * January (news rarely mentions a month a year away without its year) and the last Wednesday (the week
 * just gone is what news reports). Returns null when the expression needs more of the publication date than
 * is known (with no publication date, only expressions that carry their own year resolve). An anaphoric time
 * ("the next day", "hours later") counts from `reference`, the date the story last named, and is null without.
 */
export function resolveTime(
  value: TimeValue,
  published: PartialDate | null,
  tense: Tense,
  reference: PartialDate | null = null,
): string | null {
  switch (value.kind) {
    case 'absolute':
      return formatDate(value);
    case 'month':
      return resolveMonth(value.month, value.day, value.which, published, tense);
    case 'season':
      return published ? formatDate({ year: published.year + value.offset }) : null;
    case 'bare-season':
      return resolveBareSeason(value.starts, published, tense, reference);
    case 'relative': {
      const date = resolveRelative(value.unit, value.amount, published);
      // "A few days ago": the month, "a few months ago": the year.
      return date && value.roughly ? date.slice(0, value.unit === 'month' ? 4 : 7) : date;
    }
    case 'weekday':
      return resolveWeekday(value.weekday, value.which, published, tense === 'future');
    case 'weekend':
      return resolveWeekend(value.which, published, tense === 'future');
    case 'anaphoric':
      return reference ? resolveAnaphoric(value.unit, value.amount, reference) : null;
  }
}

/**
 * An offset from the reference date, at no finer precision than both give: "the next day" after "on March 3"
 * is March 4, after "in March" still March; "a week later" is placed by its month, as "last week" is.
 */
function resolveAnaphoric(unit: 'day' | 'week' | 'month' | 'year', amount: number, ref: PartialDate): string {
  if (unit === 'year' || ref.month === undefined)
    return formatDate({ year: ref.year + (unit === 'year' ? amount : 0) });
  if (unit === 'month') return formatDate(addMonths(ref.year, ref.month, amount));
  const days = unit === 'week' ? 7 * amount : amount;
  if (ref.day === undefined) return formatDate(addMonths(ref.year, ref.month, Math.round(days / 30)));
  const d = addDays(ref.year, ref.month, ref.day, days);
  return formatDate(unit === 'week' ? { year: d.year, month: d.month } : d);
}

function resolveMonth(
  month: number,
  day: number | undefined,
  which: 'last' | 'this' | 'next' | undefined,
  pub: PartialDate | null,
  tense: Tense,
): string | null {
  if (!pub || pub.month === undefined) return null;
  // Compare (month, day) with the publication date; without a publication day, by month alone.
  const cmp = month !== pub.month ? month - pub.month : day !== undefined && pub.day !== undefined ? day - pub.day : 0;
  let year = pub.year;
  // Which way the rule looks from the publication date, for a February 29 that lands on a common year.
  let toward: -1 | 0 | 1 | null = 0;
  if (which === 'last') [year, toward] = [cmp < 0 ? pub.year : pub.year - 1, -1];
  else if (which === 'next') [year, toward] = [cmp > 0 ? pub.year : pub.year + 1, 1];
  else if (which === 'this') [year, toward] = [pub.year, null];
  else if (tense === 'future') [year, toward] = [cmp >= 0 ? pub.year : pub.year + 1, 1];
  else if (tense === 'past') [year, toward] = [cmp <= 0 ? pub.year : pub.year - 1, -1];
  else year = nearestYear(month, day ?? 15, pub);
  if (day !== undefined && day > daysInMonth(month, year)) {
    if (toward === null) return null;
    year = leapYearToward(year, toward, pub);
  }
  return formatDate(day === undefined ? { year, month } : { year, month, day });
}

/**
 * February 29 exists only in leap years: the last one back for a past clause, the next one ahead for a
 * future clause, else whichever of the two is nearer the publication date.
 */
function leapYearToward(year: number, toward: -1 | 0 | 1, pub: PartialDate): number {
  let back = year;
  while (!isLeapYear(back)) back--;
  let ahead = year;
  while (!isLeapYear(ahead)) ahead++;
  if (toward !== 0) return toward < 0 ? back : ahead;
  const published = Date.UTC(pub.year, (pub.month ?? 7) - 1, pub.day ?? 15);
  const distance = (y: number) => Math.abs(Date.UTC(y, 1, 29) - published);
  return distance(back) <= distance(ahead) ? back : ahead;
}

/** The year that puts (month, day) closest to the publication date; a tie goes to the past. */
function nearestYear(month: number, day: number, pub: PartialDate): number {
  const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const published = at(pub.year, pub.month ?? 7, pub.day ?? 15);
  let best = pub.year;
  for (const year of [pub.year - 1, pub.year, pub.year + 1]) {
    const distance = Math.abs(at(year, month, day) - published);
    if (distance < Math.abs(at(best, month, day) - published)) best = year;
  }
  return best;
}

function resolveRelative(
  unit: 'year' | 'month' | 'week' | 'day',
  amount: number,
  pub: PartialDate | null,
): string | null {
  if (!pub) return null;
  if (unit === 'year') return formatDate({ year: pub.year + amount });
  if (pub.month === undefined) return null;
  if (unit === 'month') return formatDate(addMonths(pub.year, pub.month, amount));
  if (pub.day === undefined) return null;
  const d = addDays(pub.year, pub.month, pub.day, unit === 'week' ? 7 * amount : amount);
  // "last week" or "two weeks ago" names no day: keep the month.
  return unit === 'week' ? formatDate({ year: d.year, month: d.month }) : formatDate(d);
}

function resolveWeekday(
  target: number,
  which: 'last' | 'this' | 'next' | undefined,
  pub: PartialDate | null,
  future: boolean,
): string | null {
  if (!pub || pub.month === undefined || pub.day === undefined) return null;
  const today = weekday(pub.year, pub.month, pub.day);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  let shift: number;
  if (which === 'last') shift = -(back || 7);
  else if (which === 'next') shift = ahead || 7;
  else shift = future ? ahead : -back;
  return formatDate(addDays(pub.year, pub.month, pub.day, shift));
}

/** The weekend's Saturday, given by its month as "last week" is: the one just gone, or the coming one. */
function resolveWeekend(which: 'last' | 'this' | 'next' | undefined, pub: PartialDate | null, future: boolean) {
  if (!pub || pub.month === undefined || pub.day === undefined) return null;
  const today = weekday(pub.year, pub.month, pub.day);
  const saturday = 6;
  const coming = which === 'next' || (which !== 'last' && future);
  const shift = coming ? (saturday - today + 7) % 7 || (which === 'next' ? 7 : 0) : -((today - saturday + 7) % 7 || 7);
  const d = addDays(pub.year, pub.month, pub.day, shift);
  return formatDate({ year: d.year, month: d.month });
}

/** A season lasts three months: the one begun in the month before last is still under way. */
const SEASON_MONTHS = 3;

/**
 * "In the summer": the summer of the year under discussion, when the story just named an earlier year ("McCain
 * won the nomination in 2008 … went up against him in the fall"); otherwise the last summer begun by
 * publication in a past clause, the first not yet over in a future one, and none without a tense. Winter is given
 * by the year it begins in. Without a publication month, no season is placed.
 */
function resolveBareSeason(
  starts: number,
  pub: PartialDate | null,
  tense: Tense,
  reference: PartialDate | null,
): string | null {
  if (!pub || pub.month === undefined || tense === 'unknown') return null;
  if (reference && reference.year < pub.year) return formatDate({ year: reference.year });
  if (tense === 'future') return formatDate({ year: pub.month < starts + SEASON_MONTHS ? pub.year : pub.year + 1 });
  return formatDate({ year: starts <= pub.month ? pub.year : pub.year - 1 });
}
