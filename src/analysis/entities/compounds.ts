import { GAZ_CLASSES, type Gazetteer } from './gazetteer';
import { TYPES, type TokenSpan } from './labels';

const OTHER = TYPES.indexOf('OTHER');
const SUFFIX =
  /^((?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}'.-]*?)-(?:based|born|led|backed|linked|owned|listed|run|controlled|affiliated|funded|allied|inspired|aligned|held|dominated|occupied|made)$/u;
/**
 * Lexicon classes that make the name part a name of a type mentions.ts can tell: places, organizations,
 * peoples ("Trump-backed" is left to the weights: the lexicon cannot type it).
 */
const NAME_BITS = (
  ['country', 'city', 'place', 'org', 'demonym', 'group', 'newsOrg', 'newsPlace', 'newsGroup'] as const
).reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c)), 0);

/**
 * "a London-based rights group", "an al-Qaeda-linked organization": the weights often leave such
 * compounds untagged (CoNLL tags only some of them, as MISC). An untagged compound whose name part the
 * lexicon knows is tagged OTHER, as CoNLL would; mentions.ts then keeps the name part, typed by the lexicon.
 */
export function tagCompounds(
  tokens: readonly string[],
  spans: readonly TokenSpan[],
  gazetteer: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.indexOf('-') < 1) continue;
    const m = SUFFIX.exec(tokens[i]!);
    if (!m || spans.some((s) => s.start <= i && i < s.end)) continue;
    const name = m[1]!.toLowerCase();
    const known = gazetteer.word(name) | gazetteer.phrase(name.replace(/-/g, ' '));
    if (!(known & NAME_BITS)) continue;
    out ??= [...spans];
    out.push({ start: i, end: i + 1, type: OTHER });
  }
  return out ? out.sort((a, b) => a.start - b.start) : (spans as TokenSpan[]);
}
