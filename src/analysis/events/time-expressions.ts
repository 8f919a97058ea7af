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
  /**
   * An offset from the publication date: "last year" (year -1), "three days ago" (day -3). `roughly`: the count
   * is vague ("a few days ago"), so the date is given one step coarser (the month for days, the year for months).
   */
  | { kind: 'relative'; unit: 'year' | 'month' | 'week' | 'day'; amount: number; roughly?: true }
  /** A season of a year relative to publication: "last fall" (offset -1). */
  | { kind: 'season'; offset: number }
  /** A season with no year nor "last"/"next" ("in the summer", "a late-summer swoon"): its first month. */
  | { kind: 'bare-season'; starts: number }
  /** A day of the week: "on Wednesday", "last Monday". 0 = Sunday. */
  | { kind: 'weekday'; weekday: number; which?: Which }
  /** "Last weekend", "over the weekend", "this weekend": placed like a week, by its month. */
  | { kind: 'weekend'; which?: Which }
  /**
   * An offset from the time the story last named, not from publication: "hours later", "the next day", "two
   * days later", "a year earlier", "later that day" (amount 0).
   */
  | { kind: 'anaphoric'; unit: 'day' | 'week' | 'month' | 'year'; amount: number };

export type Which = 'last' | 'this' | 'next';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  value: TimeValue;
  /** The word that introduces it, lower-cased ("in", "on", "since", "by"), if any. */
  preposition: string | null;
  /**
   * The time modifies a noun rather than the clause: "last week's shooting", "Monday's debate", "the 2012
   * election", "a June report". It dates that happening, whatever the tense of the clause around it.
   */
  attributive: boolean;
  /** Too imprecise to place on a timeline ("a few days ago", "over the past weekend", "recently"). */
  vague: boolean;
  /**
   * "Today", "tonight", "this morning": the day of whoever speaks. The reporter's is the publication date; a
   * quoted speaker's is a day the story may not give, and a present-tense "today" is the present age.
   */
  deictic: boolean;
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
/** Vague counts that stay small ("a few", "several"), unlike "many"; placed, they count back about three. */
const ROUGH_QUANTITIES = new Set(['a few', 'a couple of', 'a couple', 'several', 'some']);
const ROUGH_COUNT = 3;
/** "More than a year ago" is still a year ago; without these, "than" would read as a comparison. */
const APPROXIMATELY =
  '(?:(?:more|less|fewer)\\s+than|nearly|almost|about|around|roughly|some|over|just\\s+(?:over|under)|at\\s+least)';

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
/** The month each season of the northern hemisphere's news calendar begins in. */
const SEASON_STARTS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const POSSESSIVE = "(['\u2019]s\\b)?";
// "Seventy-four years ago" is one number, never "four years ago".
const QUANTITY = `(?<![-\\p{L}])(${[...VAGUE_QUANTITIES, `${TENS}[-\\s]${UNITS}`, ...Object.keys(NUMBERS), '\\d{1,3}'].join('|')})`;

interface Pattern {
  re: RegExp;
  /**
   * What every match of `re` contains, far cheaper to look for: a text without it is not scanned with `re`
   * (not global, so it keeps no state between texts).
   */
  needs?: RegExp;
  make(m: RegExpExecArray): {
    value: TimeValue;
    preposition?: string | null;
    vague?: boolean;
    attributive?: boolean;
    deictic?: boolean;
  } | null;
}

/**
 * A determiner or a possessive before a prenominal time ("the 2012 election", "Trump's 1995 tax return"). The
 * patterns that open with it as a lookbehind look ahead at their first character before it, which changes no
 * match: the engine then skips to the few places where that character stands instead of trying the lookbehind
 * at every position.
 */
const DETERMINER =
  "(?:\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|[Ww]hose)|\\p{L}['\u2019]s)\\s+";
/**
 * A word that can head the noun a time modifies: not a function word ("the March on Washington"); a quoted name
 * too ("his 1994 “Contract with America”").
 */
const NOUN_AFTER =
  '(?=\\s+[\u201c"]?(?!(?:of|on|for|to|in|and|or|at|by|with|from|as|is|was|were|will|has|had|that)\\b)\\p{L})';

const PATTERNS: Pattern[] = [
  // 2019-03-05
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make: (m) => absolute(num(m[1]), num(m[2]), num(m[3])),
  },
  // (on) Tuesday, Nov. 8(, 2016) / Friday 4 December 2015: the weekday only repeats the date
  {
    re: new RegExp(
      `${PREP}\\b${WEEKDAY},?\\s+(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})\\b(?:,?\\s+${YEAR})?${NOT_MORE_DIGITS}`,
      'g',
    ),
    make: (m) => {
      const [monthName, day] = m[3] ? [m[3], m[4]] : [m[6], m[5]];
      const made = m[7] ? absolute(num(m[7]), month(monthName), num(day)) : monthDay(month(monthName), num(day));
      return withPrep(m[1], made);
    },
  },
  // from Sept. 19 to 22 / between March 3 and 5, 2019 / Sept. 19-22: a few days inside one month are placed by
  // the month; a period across months stays a period (event-worthy.ts)
  {
    re: new RegExp(
      `(?:\\b(?:[Ff]rom|[Bb]etween)\\s+)?${MONTH}\\s+${DAY}\\s*(?:-|\u2013|\\s(?:to|and|through)\\s)\\s*${DAY}\\b(?:,?\\s+${YEAR})?${NOT_MORE_DIGITS}`,
      'g',
    ),
    make: (m) => {
      const [first, last] = [num(m[2]), num(m[3])];
      if (first >= last || !validDay(month(m[1]), last, m[4] ? num(m[4]) : undefined)) return null;
      return m[4] ? absolute(num(m[4]), month(m[1])) : { value: { kind: 'month', month: month(m[1]) } };
    },
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
  // in January / last March / early next June / the end of March / the last week of August / November's
  // election: a bare month needs a preposition, a determiner or a possessive.
  {
    re: new RegExp(
      `(?:\\b([Ii]n|[Ss]ince|[Bb]y|[Ff]or|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+|\\b(?:the\\s+)?(?:(?:beginning|start|end|middle)|(?:first|second|third|fourth|last|final)\\s+(?:week|weekend|days|half))\\s+of\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(last|this|next)\\s+)?${MONTH}\\b(?!\\.?\\s*\\d)${POSSESSIVE}`,
      'g',
    ),
    make: (m) => {
      // With no lead at all, only a possessive makes a bare month a time ("November's election").
      if (!m[1] && !/^(?:the\s+)?\p{L}+\s/u.test(m[0]) && !/['\u2019]s$/.test(m[0])) return null;
      const lead = (m[1] ?? 'of').toLowerCase();
      const which = (m[2] ?? (['last', 'this', 'next'].includes(lead) ? lead : undefined)) as Which | undefined;
      const value: TimeValue = { kind: 'month', month: month(m[3]) };
      if (which) value.which = which;
      return withPrep(['last', 'this', 'next', 'early', 'late', 'mid', 'of'].includes(lead) ? null : lead, { value });
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
  // the 2012 election / a 2014 study / the entire 2012 election cycle / her 2000 and 2006 Senate races
  {
    re: new RegExp(
      `(?=[12])(?<=${DETERMINER}(?:\\p{Ll}+\\s+)?(?:${YEAR}\\s+(?:and|or)\\s+)?)${YEAR}\\b${NOT_MORE_DIGITS}(?=(?:\\s+(?:and|or)\\s+${YEAR})?${NOUN_AFTER})`,
      'gu',
    ),
    make: (m) => {
      const made = absolute(num(m[2]));
      return made && { ...made, attributive: true };
    },
  },
  // a June report / during a May interview / the November election
  {
    re: new RegExp(`(?=[ADFJMNOS])(?<=${DETERMINER})${MONTH}\\b(?!\\.?\\s*\\d)${NOUN_AFTER}`, 'gu'),
    make: (m) => ({ value: { kind: 'month', month: month(m[1]) }, attributive: true }),
  },
  // last year / earlier this month / late last year / next week / this past week
  {
    re: /\b(?:(?:early|earlier|late|later)\s+)?(last|this|next|this\s+past)\s+(year|month|week)\b(?!\s+of\b)(['\u2019]s\b)?/gi,
    make: (m) => ({
      value: {
        kind: 'relative',
        unit: m[2]!.toLowerCase() as 'year' | 'month' | 'week',
        // "this past week" is the week just gone, "last week".
        amount: /past/i.test(m[1]!) ? -1 : offset(m[1]),
      },
    }),
  },
  // last fall / this spring
  {
    re: new RegExp(`\\b(?:(?:early|late)\\s+)?(last|this|next)\\s+${SEASON}\\b${POSSESSIVE}`, 'gi'),
    make: (m) => ({ value: { kind: 'season', offset: offset(m[1]) } }),
  },
  // in the summer / over the winter / during the early fall: which one, the tense says. Not "the fall of Rome",
  // "the fall in prices" nor "the fall debates" (a season before a noun), nor "by the fall" (a deadline).
  {
    re: new RegExp(
      `\\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ss]ince)\\s+the\\s+(?:(?:early|late)\\s+)?${SEASON}\\b(?=\\s*(?:[,.;:)\u2014\u2013]|$)|\\s+(?:and|but|when|as|before|after|at|with|that|while|he|she|they|it|we|I|his|her|their|the|a|an|there)\\b)`,
      'g',
    ),
    make: (m) => ({
      value: { kind: 'bare-season', starts: SEASON_STARTS[m[1]!]! },
      preposition: /^\S+/.exec(m[0])![0],
    }),
  },
  // Trump's late-summer swoon / an early-spring offensive: a part of a season before a noun dates its clause
  {
    re: new RegExp(`(?=[elm])(?<=${DETERMINER})(?:early|late|mid)-${SEASON}\\b${NOUN_AFTER}`, 'gu'),
    make: (m) => ({ value: { kind: 'bare-season', starts: SEASON_STARTS[m[1]!]! } }),
  },
  // three years ago / a decade ago / more than a year ago / a few days ago (roughly) / several years ago (vague)
  {
    re: new RegExp(
      `(?:\\b${APPROXIMATELY}\\s+)?\\b${QUANTITY}\\s+(years?|decades?|months?|weeks?|days?)\\s+ago\\b`,
      'giu',
    ),
    needs: /(?:years?|decades?|months?|weeks?|days?)\s+ago\b/iu,
    make: (m) => {
      const q = m[1]!.toLowerCase();
      const n = /^\d+$/.test(q) ? Number(q) : numberWords(q);
      const unitWord = m[2]!.toLowerCase().replace(/s$/, '');
      const unit = unitWord === 'decade' ? 'year' : (unitWord as 'year' | 'month' | 'week' | 'day');
      const factor = unitWord === 'decade' ? 10 : 1;
      // "A few days ago", "several weeks ago" still fall in a month, "a couple of months ago" in a year; a few
      // years or decades ago has no year to give, nor has "many weeks ago" a month.
      if (n === null)
        return unit === 'year' || !ROUGH_QUANTITIES.has(q)
          ? { value: { kind: 'relative', unit, amount: -factor }, vague: true }
          : { value: { kind: 'relative', unit, amount: -ROUGH_COUNT, roughly: true } };
      return { value: { kind: 'relative', unit, amount: -n * factor } };
    },
  },
  // in 10 days / in two weeks / in a fortnight: counted forward from publication ("before Parliament rises in a
  // fortnight"); a duration ("sold a million copies in 10 days") is told apart by the clause (event-worthy.ts).
  {
    re: new RegExp(
      `\\b([Ii]n)\\s+(?:${QUANTITY}\\s+(days?|weeks?|months?|years?)|a\\s+(fortnight))\\b(?!\\s+(?:of|ago|later|earlier|after|before|since)\\b)`,
      'gu',
    ),
    make: (m) => {
      if (m[4]) return { value: { kind: 'relative', unit: 'week', amount: 2 }, preposition: m[1] };
      const q = m[2]!.toLowerCase();
      const n = /^\d+$/.test(q) ? Number(q) : numberWords(q);
      const unit = m[3]!.toLowerCase().replace(/s$/, '') as 'year' | 'month' | 'week' | 'day';
      return { value: { kind: 'relative', unit, amount: n ?? 1 }, preposition: m[1], vague: n === null };
    },
  },
  // two days later / a year earlier / hours later / a few weeks later (vague) / hours after the debate
  {
    re: new RegExp(
      `(?<!\\b(?:for|within|in|over|last|this|next)\\s+(?:${APPROXIMATELY}\\s+)?)(?:\\b(?:just|only)\\s+)?(?:\\b${APPROXIMATELY}\\s+)?(?:\\b${QUANTITY}\\s+(minutes?|hours?|days?|weeks?|months?|years?|decades?)|\\b(minutes|hours|days|weeks|months|years|decades))\\s+(later|earlier|after|before)\\b`,
      'giu',
    ),
    needs: /(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|after|before)\b/iu,
    make: (m) => {
      const unitWord = (m[2] ?? m[3]!).toLowerCase().replace(/s$/, '');
      const sign = /^(?:later|after)$/i.test(m[4]!) ? 1 : -1;
      // "hours after Trump held a news conference", "two days after the attacks": counted from a happening the
      // story may have dated long before, or never; the date it last named is no stand-in for it.
      const bound = /^(?:after|before)$/i.test(m[4]!) && complementFollows(m);
      if (unitWord === 'minute' || unitWord === 'hour') return { value: anaphoric('day', 0), vague: bound };
      const q = m[1]?.toLowerCase();
      const n = q === undefined ? null : /^\d+$/.test(q) ? Number(q) : numberWords(q);
      const unit = unitWord === 'decade' ? 'year' : (unitWord as 'day' | 'week' | 'month' | 'year');
      const factor = unitWord === 'decade' ? 10 : 1;
      return { value: anaphoric(unit, sign * (n ?? 1) * factor), vague: n === null || bound };
    },
  },
  // later that day / that night / the same day / the next day / the day before / shortly afterward / that year /
  // earlier in the day
  {
    re: /\b(?:later|earlier)\s+in\s+the\s+(day|week|month|year)\b|\b(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(day|night|morning|afternoon|evening|week|month|year)\b|\bthe\s+same\s+(day|week|month|year)\b|\bthe\s+(next|following|previous|preceding)\s+(day|morning|week|month|year)\b|\bthe\s+(day|week|month|year)\s+(before|after)\b|\b(?:shortly|soon|moments)\s+(?:after|before)(?:wards?)?\b/gi,
    make: (m) => {
      const unitOf = (w: string) => {
        const u = w.toLowerCase();
        return u === 'week' || u === 'month' || u === 'year' ? u : 'day';
      };
      const same = m[1] ?? m[2] ?? m[3];
      if (same) return { value: anaphoric(unitOf(same), 0) };
      if (m[4]) return { value: anaphoric(unitOf(m[5]!), /^(?:next|following)$/i.test(m[4]) ? 1 : -1) };
      // "the day after Republicans completed their convention", "soon after the murder": counted from a
      // happening the story may not have dated; alone ("the day before", "Soon after,") from the last date.
      const vague = complementFollows(m);
      if (m[6]) return { value: anaphoric(unitOf(m[6]), m[7]!.toLowerCase() === 'after' ? 1 : -1), vague };
      return { value: anaphoric('day', 0), vague };
    },
  },
  // today / tonight / this morning / earlier today / tonight's debate. "Today's" and a capitalised "Today" are
  // mostly the present age or a name ("Today, the army feels alive", "NBC's Today show").
  {
    re: /\b(?:(?:earlier|later)\s+)?(?:today\b(?!['\u2019]s)|[Tt]onight\b(?!\s+[A-Z])(['\u2019]s\b)?|[Tt]his\s+(?:morning|afternoon|evening)\b)/g,
    make: () => ({ value: { kind: 'relative', unit: 'day', amount: 0 }, deictic: true }),
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
      `\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Bb]y|[Uu]ntil|[Ss]ince)\\s+)?${WEEKDAY}\\b(?!,?\\s+(?:${MONTH}\\s+\\d|\\d{1,2}\\s+${MONTH}))(?:\\s+(?:morning|afternoon|evening|night)(?=['\u2019]s\\b))?${POSSESSIVE}`,
      'g',
    ),
    make: (m) => {
      const lead = m[1]?.toLowerCase() ?? null;
      if (!lead && partOfName(m.input, m.index, m.index + m[2]!.length)) return null;
      const value: TimeValue = { kind: 'weekday', weekday: WEEKDAYS[m[2]!.toLowerCase()]! };
      if (lead === 'last' || lead === 'this' || lead === 'next') value.which = lead;
      return withPrep(lead === 'last' || lead === 'this' || lead === 'next' ? null : lead, { value });
    },
  },
  // last weekend / this past weekend / over the weekend / this weekend
  {
    re: /\b(?:(?:over|during)\s+)?(?:the\s+past|last|this\s+past|the|this|next)\s+weekend\b(['\u2019]s\b)?/gi,
    make: (m) => {
      const lead = /(past|last|this|next|the)\s+weekend/i.exec(m[0])![1]!.toLowerCase();
      if (lead === 'the' && !/^(?:over|during)\b/i.test(m[0])) return null;
      const which = lead === 'past' || lead === 'last' ? 'last' : lead === 'next' ? 'next' : undefined;
      return { value: which ? { kind: 'weekend', which } : { kind: 'weekend' } };
    },
  },
  // Imprecise periods: recognised so they are not mistaken for something else, flagged vague. "The last week"
  // is the seven days before, not a week one can place ("the last week of August" is).
  {
    re: /\brecently\b|\bin\s+recent\s+(?:days|weeks|months|years)\b|\b(?:over|in|during|within)\s+the\s+(?:past|last|next|coming)\s+(?:(?:few|several|couple\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:days?|weeks?|months?|years?|decades?)\b(?!\s+of\b)/gi,
    make: () => ({ value: { kind: 'relative', unit: 'day', amount: 0 }, vague: true }),
  },
];

/** All time expressions in text[from, to), left to right, longest first where two overlap. */
export function findTimeExpressions(text: string, from = 0, to = text.length): TimeExpression[] {
  const slice = text.slice(from, to);
  const found: TimeExpression[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.needs && !pattern.needs.test(slice)) continue;
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
        attributive: (made.attributive ?? false) || /['\u2019]s$/.test(m[0]),
        vague: made.vague ?? false,
        deictic: made.deictic ?? false,
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

/**
 * Days with a name of their own: "Good Friday", "Super Tuesday", "Black Friday". A capitalised word before a
 * bare weekday is otherwise no sign of a name: news puts weekdays after names ("told CNN Friday", "debuts on
 * Netflix Friday") and after capitalised sentence openers ("Even Friday", "During Tuesday's arguments").
 */
const NAMED_DAY = new Set(
  'Good Black Bloody Super Ash Cyber Holy Easter Palm Maundy Shrove Giving Mega Manic Blue Fat'.split(' '),
);

/** "Sunday Times", "Good Friday", "Bloody Sunday": a weekday before a capital or after a day's name is a name. */
function partOfName(text: string, start: number, end: number): boolean {
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 2))) return true;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return !!before && NAMED_DAY.has(before[1]!);
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

function anaphoric(unit: 'day' | 'week' | 'month' | 'year', amount: number): TimeValue {
  return { kind: 'anaphoric', unit, amount };
}

/** "after the attacks", "before he spoke": a word follows, not a comma or the end of the sentence. */
function complementFollows(m: RegExpExecArray): boolean {
  return /^\s+[\p{L}\p{N}]/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2));
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
