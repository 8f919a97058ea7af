/** W3C Web Annotation selectors, as stored with every saved highlight. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to CONTEXT_LENGTH characters immediately before `exact`. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters immediately after `exact`. */
  suffix: string;
}

/** UTF-16 offsets into the article text; `end` is exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SavedHighlight {
  id: string;
  /** Canonical URL (see `normalizeUrl`); the key highlights are looked up by. */
  url: string;
  title: string;
  site: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  note: string;
  color?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** Hypothesis stores 32 characters of context on each side; so do we. */
export const CONTEXT_LENGTH = 32;
