import type { PartialDate } from './calendar';

/**
 * Reads a publication date at whatever precision it has: "2020-10-02", "2020-10-02T23:30:00-04:00",
 * "2020-10". A date-time keeps the publisher's local calendar date (the one "on Wednesday" refers to),
 * so it is read as written, never converted to UTC. Anything else is no date.
 */
export function parsePublished(published: string | null | undefined): PartialDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(published ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { year };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) return { year, month };
  return { year, month, day };
}
