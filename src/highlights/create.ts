import { newHighlightId } from './id.ts';
import type { SavedHighlight, TextPositionSelector, TextQuoteSelector } from './types.ts';
import { validateHighlight } from './validate.ts';

export interface NewHighlight {
  /** Where it is: `describe(text, start, end)` on the article text. */
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The page key (see `pageKey`); normalized again here. */
  url: string;
  title: string;
  site: string;
  note?: string;
  color?: string;
  now?: number;
}

/**
 * A new highlight. Throws RangeError for anything an import would reject (an empty quote, a non-http URL,
 * a quote or note over LIMITS, a bad color), so every saved highlight survives an export and re-import.
 */
export function createHighlight(input: NewHighlight): SavedHighlight {
  const now = input.now ?? Date.now();
  const highlight: SavedHighlight = {
    id: newHighlightId(),
    url: input.url,
    title: input.title,
    site: input.site,
    quote: input.quote,
    position: input.position,
    note: input.note ?? '',
    createdAt: now,
    updatedAt: now,
  };
  if (input.color !== undefined) highlight.color = input.color;
  const checked = validateHighlight(highlight);
  if (!checked.ok) throw new RangeError(`createHighlight: ${checked.error}`);
  return checked.highlight;
}
