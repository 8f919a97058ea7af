/**
 * Recognises time expressions in English news text ("in January", "on Jan. 8", "March 3, 2019",
 * "last year", "three years ago", "on Wednesday") and says what each one means, without resolving it:
 * resolution needs the publication date and the sentence's tense (see resolve.ts).
 */

import { daysInMonth } from './calendar';

export type TimeValue =
  /** A calendar date that carries its own year: "in 2014", "March 2019", "Jan. 8, 2020". */
  | { kind: 'absolute'; year: number; month?: number; day?: number }
  /** A month (and day) without a year: "in January", "on November 3". */
  | { kind: 'month'; month: number; day?: number; which?: Which }
  /** An offset from the publication date: "last year" (year -1), "three days ago" (day -3). */
  | { kind: 'relative'; unit: 'year' | 'month' | 'week' | 'day'; amount: number }
  /** A season of a year relative to publication: "last fall" (offset -1). */
  | { kind: 'season'; offset: number }
  /** A day of the week: "on Wednesday", "last Monday". 0 = Sunday. */
  | { kind: 'weekday'; weekday: number; which?: Which };

export type Which = 'last' | 'this' | 'next';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  value: TimeValue;
  /** The word that introduces it, lower-cased ("in", "on", "since", "by"), if any. */
  preposition: string | null;
  /** "last year's", "Wednesday's": the time modifies a noun rather than dating the clause. */
  possessive: boolean;
  /** Too imprecise to place on a timeline ("a few days ago", "over the past weekend", "recently"). */
  vague: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const VAGUE_QUANTITIES = ['a few', 'a couple of', 'several', 'some', 'many', 'a number of', 'a couple'];

// Capitalised month names only: "may" is a verb, "march" a noun.
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NOT_MORE_DIGITS = '(?![\\d,.]?\\d|%)';
// Day, month and year are one date or none: "Feb. 29, 2019" is neither a yearless "Feb. 29" nor "February 2019".
const NO_YEAR_AFTER = '(?!,?\\s+(?:1[0-9]{3}|20[0-9]{2})(?!\\d))';
const NO_DAY_BEFORE = '(?<!\\d(?:st|nd|rd|th)?\\s+)';
const PREP =
  '(?:\\b([Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Oo]f|[Aa]round)\\s+)?';
const EDGE = '(?:(?:early|late|mid|the (?:beginning|start|end|middle) of)[\\s-]+)?';
const SEASON = '(spring|summer|fall|autumn|winter)';
const POSSESSIVE = "(['\u2019]s\\b)?";
// "Seventy-four years ago" is one number, never "four years ago".
const QUANTITY = `(?<![-\\p{L}])(${[...VAGUE_QUANTITIES, `${TENS}[-\\s]${UNITS}`, ...Object.keys(NUMBERS), '\\d{1,3}'].join('|')})`;

interface Pattern {
  re: RegExp;
  make(m: RegExpExecArray): { value: TimeValue; preposition?: string | null; vague?: boolean } | null;
}

const PATTERNS: Pattern[] = [
  // 2019-03-05
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make: (m) => absolute(num(m[1]), num(m[2]), num(m[3])),
  },
  // (on) March 3, 2019 / Jan. 8 2020
  {
    re: new RegExp(`${PREP}${MONTH}\\s+${DAY},?\\s+${YEAR}${NOT_MORE_DIGITS}`, 'g'),
    make: (m) => withPrep(m[1], absolute(num(m[4]), month(m[2]), num(m[3]))),
  },
  // (on) 3 March 2019
  {
    re: new RegExp(`${PREP}\\b${DAY}\\s+${MONTH}\\s+${YEAR}${NOT_MORE_DIGITS}`, 'g'),
    make: (m) => withPrep(m[1], absolute(num(m[4]), month(m[3]), num(m[2]))),
  },
  // (in) (early) March (of) 2019
  {
    re: new RegExp(`${PREP}${EDGE}${NO_DAY_BEFORE}\\b${MONTH}\\s+(?:of\\s+)?${YEAR}${NOT_MORE_DIGITS}`, 'g'),
    make: (m) => withPrep(m[1], absolute(num(m[3]), month(m[2]))),
  },
  // (on) March 3 / Jan. 8
  {
    re: new RegExp(`${PREP}\\b${MONTH}\\s+${DAY}\\b${NOT_MORE_DIGITS}${NO_YEAR_AFTER}`, 'g'),
    make: (m) => withPrep(m[1], monthDay(month(m[2]), num(m[3]))),
  },
  // (on) 3 November
  {
    re: new RegExp(`${PREP}\\b${DAY}\\s+${MONTH}\\b${NO_YEAR_AFTER}`, 'g'),
    make: (m) => withPrep(m[1], monthDay(month(m[3]), num(m[2]))),
  },
  // in January / last March / early next June: a bare month needs a preposition or determiner.
  {
    re: new RegExp(
      `\\b([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+(?:(?:early|late|mid)[\\s-]+)?(?:(last|this|next)\\s+)?${MONTH}\\b(?!\\.?\\s*\\d)${POSSESSIVE}`,
      'g',
    ),
    make: (m) => {
      const lead = m[1]!.toLowerCase();
      const which = (m[2] ?? (['last', 'this', 'next'].includes(lead) ? lead : undefined)) as Which | undefined;
      const value: TimeValue = { kind: 'month', month: month(m[3]) };
      if (which) value.which = which;
      return withPrep(['last', 'this', 'next', 'early', 'late', 'mid'].includes(lead) ? null : lead, { value });
    },
  },
  // in 2014 / by 2017 / in early 2019 / mid-2019 / the summer of 2014
  {
    re: new RegExp(
      `(?:\\b([Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Oo]f|[Aa]round)\\s+(?:the\\s+(?:(?:beginning|start|end|middle|spring|summer|fall|autumn|winter|first half|second half)\\s+of\\s+))?|\\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]|\\b(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?)(?:(?:early|late|mid)[\\s-]+)?${YEAR}\\b${NOT_MORE_DIGITS}${POSSESSIVE}`,
      'g',
    ),
    make: (m) => withPrep(m[1], absolute(num(m[2]))),
  },
  // last year / earlier this month / late last year / next week
  {
    re: /\b(?:(?:early|earlier|late|later)\s+)?(last|this|next)\s+(year|month|week)\b(['\u2019]s\b)?/gi,
    make: (m) => ({
      value: { kind: 'relative', unit: m[2]!.toLowerCase() as 'year' | 'month' | 'week', amount: offset(m[1]) },
    }),
  },
  // last fall / this spring
  {
    re: new RegExp(`\\b(?:(?:early|late)\\s+)?(last|this|next)\\s+${SEASON}\\b${POSSESSIVE}`, 'gi'),
    make: (m) => ({ value: { kind: 'season', offset: offset(m[1]) } }),
  },
  // three years ago / a decade ago / a few days ago (vague)
  {
    re: new RegExp(`\\b${QUANTITY}\\s+(years?|decades?|months?|weeks?|days?)\\s+ago\\b`, 'giu'),
    make: (m) => {
      const q = m[1]!.toLowerCase();
      const n = /^\d+$/.test(q) ? Number(q) : numberWords(q);
      const unitWord = m[2]!.toLowerCase().replace(/s$/, '');
      const unit = unitWord === 'decade' ? 'year' : (unitWord as 'year' | 'month' | 'week' | 'day');
      const factor = unitWord === 'decade' ? 10 : 1;
      if (n === null) return { value: { kind: 'relative', unit, amount: -factor }, vague: true };
      return { value: { kind: 'relative', unit, amount: -n * factor } };
    },
  },
  // yesterday / tomorrow / last night
  {
    re: /\b(yesterday|tomorrow|last night)\b(['\u2019]s\b)?/gi,
    make: (m) => ({
      value: { kind: 'relative', unit: 'day', amount: m[1]!.toLowerCase() === 'tomorrow' ? 1 : -1 },
    }),
  },
  // on Wednesday / last Monday / said Tuesday / Wednesday's attack
  {
    re: new RegExp(
      `\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Bb]y|[Uu]ntil|[Ss]ince)\\s+)?${WEEKDAY}\\b${POSSESSIVE}`,
      'g',
    ),
    make: (m) => {
      const lead = m[1]?.toLowerCase() ?? null;
      if (!lead && partOfName(m.input, m.index, m.index + m[0].length)) return null;
      const value: TimeValue = { kind: 'weekday', weekday: WEEKDAYS[m[2]!.toLowerCase()]! };
      if (lead === 'last' || lead === 'this' || lead === 'next') value.which = lead;
      return withPrep(lead === 'last' || lead === 'this' || lead === 'next' ? null : lead, { value });
    },
  },
  // Imprecise periods: recognised so they are not mistaken for something else, flagged vague.
  {
    re: /\b(?:(?:over|during)\s+)?(?:the\s+past|last|this\s+past)\s+weekend\b|\brecently\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)\b/gi,
    make: () => ({ value: { kind: 'relative', unit: 'day', amount: 0 }, vague: true }),
  },
];

/** All time expressions in text[from, to), left to right, longest first where two overlap. */
export function findTimeExpressions(text: string, from = 0, to = text.length): TimeExpression[] {
  const slice = text.slice(from, to);
  const found: TimeExpression[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(slice)) !== null) {
      const made = pattern.make(m);
      if (!made) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        value: made.value,
        preposition: made.preposition?.toLowerCase() ?? null,
        possessive: /['\u2019]s$/.test(m[0]),
        vague: made.vague ?? false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TimeExpression[] = [];
  for (const e of found) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      if (e.end - e.start > last.end - last.start) kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  return kept;
}

/** "Sunday Times", "Good Friday", "Bloody Sunday": a bare weekday between capitals is a name. */
function partOfName(text: string, start: number, end: number): boolean {
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2))) return true;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return (
    !!before &&
    /^\p{Lu}\p{Ll}+$/u.test(before[1]!) &&
    !/^(?:On|Last|This|Next|By|And|But|Or|Since|Until)$/.test(before[1]!)
  );
}

/** "three" → 3, "seventy-four" → 74; null for vague quantities ("a few"). */
function numberWords(q: string): number | null {
  const parts = q.split(/[-\s]/);
  if (parts.length === 2 && NUMBERS[parts[0]!] !== undefined && NUMBERS[parts[1]!] !== undefined) {
    return NUMBERS[parts[0]!]! + NUMBERS[parts[1]!]!;
  }
  return NUMBERS[q] ?? null;
}

function num(s: string | undefined): number {
  return Number(s);
}

function month(s: string | undefined): number {
  return MONTHS[(s ?? '').replace('.', '').toLowerCase()] ?? 0;
}

function offset(which: string | undefined): number {
  const w = (which ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

/** Without a year, February 29 may exist; with one ("Feb. 29, 2019"), only in a leap year. */
function validDay(m: number, d: number, year?: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, year);
}

function absolute(year: number, m?: number, d?: number): { value: TimeValue } | null {
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (m !== undefined && d !== undefined && !validDay(m, d, year)) return null;
  const value: TimeValue = { kind: 'absolute', year };
  if (m !== undefined) value.month = m;
  if (d !== undefined) value.day = d;
  return { value };
}

function monthDay(m: number, d: number): { value: TimeValue } | null {
  return validDay(m, d) ? { value: { kind: 'month', month: m, day: d } } : null;
}

function withPrep(
  preposition: string | undefined | null,
  made: { value: TimeValue } | null,
): { value: TimeValue; preposition: string | null } | null {
  return made ? { ...made, preposition: preposition ?? null } : null;
}
