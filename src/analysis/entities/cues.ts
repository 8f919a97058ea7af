import { GAZ_CLASSES, type GazClass, type Gazetteer } from './gazetteer';
import { ORG_HEADS, PLACE_HEADS } from './heads';
import { TYPES, type TokenSpan } from './labels';

const ORG = TYPES.indexOf('ORG');
const PLACE = TYPES.indexOf('PLACE');
const GROUP = TYPES.indexOf('GROUP');
const PERSON = TYPES.indexOf('PERSON');
const OTHER = TYPES.indexOf('OTHER');

/** Common nouns that say the name before them ("the Ennahda party", "Hamas members") is an organization. */
const ORG_AFTER = new Set([
  'party',
  'movement',
  'militia',
  'faction',
  'organization',
  'organisation',
  'coalition',
  'alliance',
  'group',
  'brigade',
  'brigades',
  'ministry',
  'agency',
  'company',
  'firm',
  'corporation',
  'newspaper',
  'members',
  'member',
  'lawmakers',
  'leadership',
  'militants',
  'fighters',
  'spokesman',
  'spokeswoman',
]);
/** ... or a place ("the Bardo museum", "Diyala province"). */
const PLACE_AFTER = new Set([
  'museum',
  'square',
  'airport',
  'mosque',
  'prison',
  'stadium',
  'province',
  'region',
  'district',
  'county',
  'valley',
  'river',
  'neighborhood',
  'neighbourhood',
  'governorate',
  'suburb',
]);
/** Heads of an apposition that types the name before it ("Ennahda, the Islamist party"). */
const ORG_APPOSITION = new Set([
  'party',
  'movement',
  'militia',
  'faction',
  'organization',
  'organisation',
  'coalition',
  'alliance',
  'group',
  'network',
  'company',
  'firm',
  'corporation',
  'agency',
  'newspaper',
  'broadcaster',
  'bank',
  'insurgency',
]);
const PLACE_APPOSITION = new Set([
  'town',
  'city',
  'village',
  'province',
  'region',
  'district',
  'suburb',
  'neighborhood',
  'neighbourhood',
  'country',
  'capital',
  'island',
  'port',
  'governorate',
]);
/** Where an apposition's noun phrase ends. */
const STOP = new Set([
  'of',
  'in',
  'for',
  'with',
  'at',
  'on',
  'that',
  'which',
  'who',
  'whose',
  'from',
  'by',
  'to',
  'and',
  'or',
  'since',
  'after',
]);
const DETERMINERS = new Set(['a', 'an', 'the']);

const bits = (...classes: GazClass[]): number => classes.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c)), 0);
/** Names the lexicon knows as places or peoples keep their type: "the Iraq war", "Kurdish fighters". */
const KNOWN_PLACE_OR_GROUP = bits('country', 'city', 'demonym', 'group', 'newsPlace', 'newsGroup');
const KNOWN_PERSON = bits('first', 'person');
const KNOWN_ORG = bits('org', 'newsOrg');
const KNOWN_FIRST = bits('first');
const KNOWN_NAME = bits('first', 'last', 'person', 'newsPerson');
const GROUP_WORD = bits('demonym', 'group');
const LISTED_PLACE = bits('country', 'city', 'place');

/**
 * Document-level typing by the common nouns around a name, which CoNLL's weights cannot know for a name
 * they never saw: "the Ennahda party" or "Ennahda, the Islamist party" make every "Ennahda" of the
 * document an organization, "the Bardo museum" makes "Bardo" a place. Also, a religion or nationality
 * word before "State" names an organization ("Islamic State"), not a state, and a name ending in an
 * organization head (heads.ts: "Washington Post", "Muslim Brotherhood") is an organization, and a
 * person-typed name ending in a geographic head ("Rikers Island") is a place.
 */
export function typeByCues(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  gazetteer: Gazetteer,
): TokenSpan[][] {
  const cued = new Map<string, number[]>();
  const surfaceOf = (si: number, s: TokenSpan): string => sentences[si]!.slice(s.start, s.end).join(' ');
  spans.forEach((ss, si) => {
    const tokens = sentences[si]!;
    for (const s of ss) {
      if (s.type === GROUP) continue;
      const type = cueType(tokens, s, gazetteer);
      if (type < 0) continue;
      const surface = surfaceOf(si, s);
      const v = cued.get(surface) ?? new Array<number>(TYPES.length).fill(0);
      v[type]!++;
      cued.set(surface, v);
    }
  });
  return spans.map((ss, si) =>
    ss.map((s) => {
      const tokens = sentences[si]!;
      if (s.type === GROUP) return s;
      const multi = s.end - s.start > 1;
      const head = tokens[s.end - 1]!;
      if (multi && isUpper(head)) {
        const lowerHead = head.toLowerCase();
        if (s.end - s.start === 2 && head === 'State' && isGroupWord(gazetteer, tokens[s.start]!))
          return { ...s, type: ORG };
        if ((s.type === PLACE || s.type === PERSON) && ORG_HEADS.has(lowerHead)) return { ...s, type: ORG };
        if (
          s.type === PERSON &&
          PLACE_HEADS.has(lowerHead) &&
          !(gazetteer.word(tokens[s.start]!.toLowerCase()) & KNOWN_FIRST)
        ) {
          return { ...s, type: PLACE };
        }
      }
      const v = cued.size ? cued.get(surfaceOf(si, s)) : undefined;
      if (!v) return s;
      const best = v[ORG]! >= v[PLACE]! ? ORG : PLACE;
      return v[best]! > 0 && v[best]! > v[best === ORG ? PLACE : ORG]! ? { ...s, type: best } : s;
    }),
  );
}

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

function isGroupWord(gazetteer: Gazetteer, word: string): boolean {
  const mask = gazetteer.word(word.toLowerCase());
  return (mask & GROUP_WORD) !== 0 && (mask & LISTED_PLACE) === 0;
}

/** The type the words around the span give it, or -1. */
function cueType(tokens: readonly string[], s: TokenSpan, gazetteer: Gazetteer): number {
  const next = tokens[s.end];
  if (next === undefined || !(ORG_AFTER.has(next) || PLACE_AFTER.has(next) || next === ',')) return -1;
  // "a London-based spokesman": the noun goes with the compound, not with its name part.
  if (/-\p{Ll}+$/u.test(tokens[s.end - 1]!)) return -1;
  const lower = tokens.slice(s.start, s.end).join(' ').toLowerCase();
  const known =
    s.end - s.start === 1
      ? gazetteer.word(lower) | gazetteer.phrase(lower.replace(/-/g, ' '))
      : gazetteer.phrase(lower);
  if (known & KNOWN_PLACE_OR_GROUP) return -1;
  // "Sunni Muslim fighters": a people, not an organization.
  if (tokens.slice(s.start, s.end).every((t) => isGroupWord(gazetteer, t))) return -1;
  if (tokens[s.end + 1] !== "'s" && tokens[s.end + 1] !== '\u2019s') {
    // Not for what the weights called OTHER ("Moslem militants", "World Cup group", "New York-based group")
    // unless the lexicon lists an organization ("al-Qaeda militants").
    if (ORG_AFTER.has(next) && (s.type !== OTHER || known & KNOWN_ORG) && !fullName(tokens, s, gazetteer)) {
      // People have spokesmen too ("a Jackson spokesman").
      if (!/^spokes/.test(next) || !(known & KNOWN_NAME)) return ORG;
    }
    if (PLACE_AFTER.has(next) && !(known & KNOWN_PERSON)) return PLACE;
  }
  if (next === ',' && DETERMINERS.has(tokens[s.end + 1]?.toLowerCase() ?? '')) {
    // The noun phrase of the apposition: up to five words, ending before punctuation or a preposition.
    let end = s.end + 2;
    while (end < tokens.length && end < s.end + 7 && /[\p{L}\p{N}]/u.test(tokens[end]!) && !STOP.has(tokens[end]!))
      end++;
    const head = tokens[end - 1]!;
    if (end > s.end + 2 && !/^['\u2019]s$/.test(tokens[end] ?? '')) {
      if (ORG_APPOSITION.has(head) && !fullName(tokens, s, gazetteer)) return ORG;
      if (PLACE_APPOSITION.has(head)) return PLACE;
    }
  }
  return -1;
}

/**
 * A full name the weights called a person, opening with a first name, is no organization ("Donald Trump,
 * the Republican party"), though it may name a place ("Charles de Gaulle airport").
 */
function fullName(tokens: readonly string[], s: TokenSpan, gazetteer: Gazetteer): boolean {
  return (
    s.type === PERSON && s.end - s.start > 1 && (gazetteer.word(tokens[s.start]!.toLowerCase()) & KNOWN_FIRST) !== 0
  );
}
