/** Helpers shared by the defensive parsers: every field of a response is untrusted and may be absent. */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field, stripped of control characters and whitespace runs, capped at `max` characters. */
export function text(v: unknown, max = 300): string {
  if (typeof v !== 'string') return '';
  const clean = v
    // Control characters are exactly what this strips.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? clean.slice(0, max) : clean;
}

const QID = /^Q[1-9]\d{0,11}$/;

export function qid(v: unknown): string | null {
  return typeof v === 'string' && QID.test(v) ? v : null;
}

/** The message of a MediaWiki error envelope (`error` or `errors[]`), or null when there is none. */
export function apiError(json: unknown): string | null {
  if (!isRecord(json)) return null;
  const single = json['error'];
  if (isRecord(single)) return text(single['code'], 80) || 'error';
  const many = json['errors'];
  if (Array.isArray(many) && many.length > 0) {
    const first: unknown = many[0];
    return (isRecord(first) && text(first['code'], 80)) || 'error';
  }
  return null;
}

/** A well-formed answer that is an error envelope ("no-such-entity", "badvalue"...). */
export class ApiErrorEnvelope extends Error {
  constructor(readonly code: string) {
    super(`Wikimedia API error: ${code}`);
    this.name = 'ApiErrorEnvelope';
  }
}

export function throwOnApiError(json: unknown): void {
  const code = apiError(json);
  if (code) throw new ApiErrorEnvelope(code);
}
