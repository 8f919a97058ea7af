/** A calendar date at the precision it is known: year, year and month, or a full day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Gregorian: every fourth year, but not centuries unless divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12); a yearless February has its longest, 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatDate(d: PartialDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.month === undefined) return y;
  const m = `${y}-${String(d.month).padStart(2, '0')}`;
  return d.day === undefined ? m : `${m}-${String(d.day).padStart(2, '0')}`;
}

/** Day arithmetic in UTC, so no time zone or daylight-saving shift can move a date. */
export function addDays(year: number, month: number, day: number, days: number): Required<PartialDate> {
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
