import { normalizeToken } from '../../src/analysis/entities/normalize';
import { KNOWLEDGE_CLASSES, type KnowledgeClass } from '../../src/analysis/entities/knowledge';
import { tokenize } from '../../src/analysis/text/tokens';

/**
 * A name as the tagger will meet it: split into the tagger's tokens, normalised and lowercased, joined
 * by single spaces ("McDonald's" → "mcdonald 's"). Names of more than five tokens are never looked up.
 */
export function nameKey(name: string): string | null {
  const words = tokenize(name).map((t) => normalizeToken(t.text).toLowerCase());
  return words.length === 0 || words.length > 5 ? null : words.join(' ');
}

/** Accumulates names by class. */
export class NameTable {
  readonly names = new Map<string, number>();

  add(name: string, cls: KnowledgeClass): void {
    const key = nameKey(name);
    if (!key || !/\p{L}/u.test(key)) return;
    this.names.set(key, (this.names.get(key) ?? 0) | (1 << KNOWLEDGE_CLASSES.indexOf(cls)));
  }
}
