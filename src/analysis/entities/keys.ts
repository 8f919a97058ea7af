import type { EntityType } from '../types';
import { acronymLetters } from './acronyms';
import { fold, nameWords } from '../../names';

/**
 * Stable entity keys, the same in every article: `<type>:<folded name>`, where the folding (src/names)
 * makes transliteration variants ("Kadhimi", "al-Khadimi") and plurals of groups share a key.
 * People are keyed surname first, `person:<surname>/<given names>`, so a surname-only mention in another
 * article ("person:pompeo") is a prefix of the full key ("person:pompeo/mike"): a store matches a bare
 * surname key to the one full key that extends it, and leaves it alone when several do.
 * Acronyms are keyed by the expansion the same article gives; alone they keep their letters ("org:un").
 */
export function entityKey(type: EntityType, name: string): string {
  const prefix = type.toLowerCase();
  const letters = acronymLetters(name);
  if (letters) return `${prefix}:${letters.toLowerCase()}`;
  const words = nameWords(name).map(fold);
  if (words.length === 0) return `${prefix}:${name.toLowerCase()}`;
  if (type === 'PERSON') {
    const surname = words[words.length - 1]!;
    return words.length > 1 ? `${prefix}:${surname}/${words.slice(0, -1).join(' ')}` : `${prefix}:${surname}`;
  }
  if (type === 'GROUP')
    return `${prefix}:${words.map((w) => (w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w)).join(' ')}`;
  return `${prefix}:${words.join(' ')}`;
}
