/**
 * Dates at the precision Wikidata gives them. Wikidata writes "+1977-00-00T00:00:00Z" for a year-only
 * date, which `new Date` would misread, so dates stay as parts and compare at the coarser precision.
 */

export interface PartialDate {
  year: number;
  /** 1-12, or null when the precision is a year. */
  month: number | null;
  /** 1-31, or null when the precision is a month or a year. */
  day: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Parses a Wikidata time value; precision 9 = year, 10 = month, 11 = day; coarser ones give null. */
export function parseWikidataTime(time: unknown, precision: unknown): PartialDate | null {
  if (typeof time !== 'string' || typeof precision !== 'number') return null;
  const m = /^([+-])(\d{1,16})-(\d{2})-(\d{2})T/.exec(time);
  if (!m) return null;
  const year = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (!Number.isSafeInteger(year) || precision < 9) return null;
  if (precision === 9) return { year, month: null, day: null };
  if (month < 1 || month > 12) return { year, month: null, day: null };
  if (precision === 10 || day < 1 || day > 31) return { year, month, day: null };
  return { year, month, day };
}

/** Reads the date at the start of an ISO string ("2020-10-09", "2020-10-09T08:00:00Z", "2020-10", "2020"). */
export function parseIsoDate(iso: string | null | undefined): PartialDate | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return { year, month: null, day: null };
  if (day !== null && (day < 1 || day > 31)) return { year, month, day: null };
  return { year, month, day };
}

/** The date of a millisecond timestamp, in UTC. */
export function dateFromMs(ms: number): PartialDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Compares at the coarser of the two precisions: 2020 vs Oct 2020 is 0 (we cannot tell which is first).
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month === null || b.month === null) return 0;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day === null || b.day === null) return 0;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

function yearText(year: number): string {
  return year < 0 ? `${-year} BC` : String(year);
}

/** "2020", "May 2020" or "7 May 2020"; `max` caps the detail ("month" gives "May 2020" for a day date). */
export function formatDate(d: PartialDate, max: 'day' | 'month' | 'year' = 'day'): string {
  const year = yearText(d.year);
  if (d.month === null || max === 'year') return year;
  const month = MONTHS[d.month - 1] ?? '';
  if (d.day === null || max === 'month') return `${month} ${year}`;
  return `${d.day} ${month} ${year}`;
}
