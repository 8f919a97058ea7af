import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Entity, EntityType } from '../types';
import { COMMON_WORDS, isNationalityPlural, NAME_CONNECTORS } from './lexicon';

/** A sentence as the rules read it: lower-cased words, the entity type under each token, its neighbours. */
export interface SentenceView {
  text: string;
  tokens: Token[];
  words: string[];
  /** Entity type of the mention covering each token, or null. */
  types: (EntityType | null)[];
  /** Whether the token is inside a quotation whose speaker answers for it (see quotes.ts). */
  quoted: boolean[];
  /** The next sentence, for cataphora ("according to a programmer … Ammar Askar wrote"). */
  next: SentenceView | null;
  /** The learned tagger's label for each token (learned/labels.ts), or null when its weights are not loaded. */
  learned: Uint8Array | null;
}

export interface TypedRange {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Whether a mention looks like a name at all. The recogniser's output is input we do not control: a
 * mention with lower-case words that are not name connectors would silence real flags, so it is ignored.
 */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 8 &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_CONNECTORS.has(w) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(w))
  );
}

/** The type a mention counts as, or null when it is a common word the recogniser mistook for a name. */
function mentionType(text: string, type: EntityType): EntityType | null {
  if (!looksLikeName(text)) return null;
  if (/\s/.test(text)) return type;
  if (COMMON_WORDS.has(text.toLowerCase())) return null;
  // Nationalities are groups, whatever type the recogniser gave them ("Tunisians").
  return isNationalityPlural(text) ? 'GROUP' : type;
}

export function mentionRanges(entities: Entity[]): TypedRange[] {
  const ranges: TypedRange[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const type = mentionType(m.text, e.type);
      if (type) ranges.push({ start: m.start, end: m.end, type });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Builds the views in one pass; sentences and mention ranges are both in text order. */
export function buildViews(
  text: string,
  sentences: Sentence[],
  mentions: TypedRange[],
  isQuoted: (offset: number) => boolean,
): SentenceView[] {
  const views: SentenceView[] = [];
  let m = 0;
  for (const s of sentences) {
    const tokens = s.tokens;
    const types: (EntityType | null)[] = new Array<EntityType | null>(tokens.length).fill(null);
    while (m < mentions.length && mentions[m]!.end <= s.start) m++;
    for (let k = m; k < mentions.length && mentions[k]!.start < s.end; k++) {
      const r = mentions[k]!;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.start < r.end && r.start < tokens[i]!.end) types[i] = r.type;
      }
    }
    views.push({
      text,
      tokens,
      words: tokens.map((t) => t.text.toLowerCase().replace(/\u2019/g, "'")),
      types,
      quoted: tokens.map((t) => isQuoted(t.start)),
      next: null,
      learned: null,
    });
  }
  for (let i = 0; i + 1 < views.length; i++) views[i]!.next = views[i + 1]!;
  return views;
}

/** The index of the token holding `offset`, searching forward from token `from`. */
export function tokenAt(view: SentenceView, offset: number, from: number): number {
  let i = from;
  while (i + 1 < view.tokens.length && view.tokens[i + 1]!.start <= offset) i++;
  return i;
}
