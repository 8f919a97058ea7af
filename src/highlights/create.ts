import { describe } from './describe.ts';
import { newHighlightId } from './id.ts';
import type { SavedHighlight } from './types.ts';
import { validateHighlight } from './validate.ts';

export interface NewHighlight {
  /** The article text the offsets refer to. */
  text: string;
  start: number;
  end: number;
  /** The page key (see `pageKey`); normalized again here. */
  url: string;
  title: string;
  site: string;
  note?: string;
  color?: string;
  now?: number;
}

/**
 * A new highlight of `text.slice(start, end)`. Throws RangeError for an invalid range or anything an
 * import would reject (non-http URL, a quote or note over LIMITS, a bad color), so every saved
 * highlight survives an export and re-import.
 */
export function createHighlight(input: NewHighlight): SavedHighlight {
  const { quote, position } = describe(input.text, input.start, input.end);
  const now = input.now ?? Date.now();
  const highlight: SavedHighlight = {
    id: newHighlightId(),
    url: input.url,
    title: input.title,
    site: input.site,
    quote,
    position,
    note: input.note ?? '',
    createdAt: now,
    updatedAt: now,
  };
  if (input.color !== undefined) highlight.color = input.color;
  const checked = validateHighlight(highlight);
  if (!checked.ok) throw new RangeError(`createHighlight: ${checked.error}`);
  return checked.highlight;
}
