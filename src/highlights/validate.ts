import { LIMITS } from '../limits.ts';
import { normalizeUrl } from './canonicalUrl.ts';
import type { SavedHighlight, TextPositionSelector, TextQuoteSelector } from './types.ts';

const ID = /^[A-Za-z0-9._:-]+$/;
// Colors end up in styles: allow only hex colors and palette names, nothing that could be CSS syntax.
const COLOR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-z][a-z-]*)$/;

export type Validation = { ok: true; highlight: SavedHighlight } | { ok: false; error: string };

type Fields = { [key: string]: unknown };

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a missing field must not be read from Object.prototype. */
function field(record: Fields, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

class Invalid extends Error {}

function string(record: Fields, key: string, max: number, path: string, allowEmpty = true): string {
  const value = field(record, key);
  if (typeof value !== 'string') throw new Invalid(`${path}${key} must be a string`);
  if (value.length > max) throw new Invalid(`${path}${key} is longer than ${max} characters`);
  if (!allowEmpty && value.length === 0) throw new Invalid(`${path}${key} must not be empty`);
  return value;
}

function integer(record: Fields, key: string, max: number, path: string): number {
  const value = field(record, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new Invalid(`${path}${key} must be an integer between 0 and ${max}`);
  }
  return value;
}

function quoteSelector(value: unknown): TextQuoteSelector {
  if (!isRecord(value)) throw new Invalid('quote must be an object');
  if (field(value, 'type') !== 'TextQuoteSelector') throw new Invalid('quote.type must be "TextQuoteSelector"');
  return {
    type: 'TextQuoteSelector',
    exact: string(value, 'exact', LIMITS.quote, 'quote.', false),
    prefix: string(value, 'prefix', LIMITS.quoteContext, 'quote.'),
    suffix: string(value, 'suffix', LIMITS.quoteContext, 'quote.'),
  };
}

function positionSelector(value: unknown): TextPositionSelector {
  if (!isRecord(value)) throw new Invalid('position must be an object');
  if (field(value, 'type') !== 'TextPositionSelector') {
    throw new Invalid('position.type must be "TextPositionSelector"');
  }
  const start = integer(value, 'start', LIMITS.offset, 'position.');
  const end = integer(value, 'end', LIMITS.offset, 'position.');
  if (end < start) throw new Invalid('position.end must not be before position.start');
  return { type: 'TextPositionSelector', start, end };
}

function build(value: unknown): SavedHighlight {
  if (!isRecord(value)) throw new Invalid('highlight must be an object');
  const id = string(value, 'id', LIMITS.highlightId, '', false);
  if (!ID.test(id)) throw new Invalid('id may only contain letters, digits and . _ : -');
  const url = normalizeUrl(string(value, 'url', LIMITS.url, '', false));
  if (url === null) throw new Invalid('url must be an http(s) URL');
  const highlight: SavedHighlight = {
    id,
    url,
    title: string(value, 'title', LIMITS.title, ''),
    site: string(value, 'site', LIMITS.site, ''),
    quote: quoteSelector(field(value, 'quote')),
    position: positionSelector(field(value, 'position')),
    note: string(value, 'note', LIMITS.note, ''),
    createdAt: integer(value, 'createdAt', LIMITS.timestamp, ''),
    updatedAt: integer(value, 'updatedAt', LIMITS.timestamp, ''),
  };
  // JSON cannot say "undefined", so an absent color may also arrive as null.
  const color = field(value, 'color');
  if (color !== undefined && color !== null) {
    const checked = string(value, 'color', LIMITS.color, '');
    if (!COLOR.test(checked)) throw new Invalid('color must be a hex color or a palette name');
    highlight.color = checked;
  }
  return highlight;
}

/**
 * Checks untrusted data field by field and returns a fresh object holding only the known fields
 * (unknown keys, including `__proto__`, are never copied). The URL comes back normalized.
 */
export function validateHighlight(value: unknown): Validation {
  try {
    return { ok: true, highlight: build(value) };
  } catch (error) {
    // Anything else (a hostile getter or Proxy handed over directly) is just as invalid.
    return { ok: false, error: error instanceof Invalid ? error.message : 'highlight could not be read' };
  }
}
