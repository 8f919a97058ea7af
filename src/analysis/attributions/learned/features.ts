import { FNV_OFFSET, fnvStep, mix } from '../../entities/hash';
import {
  ACCESS_HEADS,
  ACCESS_WORDS,
  ADVERBS,
  AGENTLESS_PARTICIPLES,
  ANON_HEADS,
  AS_VERBS,
  ATTITUDE_ADJECTIVES,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BREAKS,
  CORE_SPEECH_VERBS,
  DEFINITE,
  DETERMINERS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  GROUP_HEADS,
  GROUP_MEMBERS,
  HEDGE_ADVERBS,
  HEDGE_PASSIVES,
  JUDGEMENT_VERBS,
  MEDIA_HEADS,
  NAMED_COLLECTIVES,
  POSTMODIFIER_STARTS,
  PRONOUNS,
  QUANTIFIER_PRONOUNS,
  QUANTIFIERS,
  SENTENCE_END_MARKS,
  SPEECH_VERBS,
  THAT_VERBS,
  isNationalityPlural,
  isPersonNoun,
} from '../lexicon';
import { isNameToken } from '../names';
import type { SentenceView } from '../view';

/**
 * Features of the learned tagger, the same in training (train/vague) and in the browser: the words around
 * each token, their shapes, the recogniser's entity type under them, the detector's word classes (lexicon.ts)
 * and the nearest verb of saying on either side, which a ±2 window cannot see ("officials familiar with the
 * plan, who spoke on condition of anonymity, said"). A feature is a template and values, hashed by
 * combining integers: each string is hashed once per token, and the bucket is taken modulo 2^bits.
 */
export interface SentenceFeatures {
  feats: Uint32Array;
  /** Token i owns feats[offsets[i] .. offsets[i+1]). */
  offsets: Uint32Array;
}

const hashOf = (s: string): number => fnvStep(FNV_OFFSET, s) >>> 0;
const combine = (h: number, v: number): number => mix(Math.imul(h ^ v, 0x01000193) + 0x9e3779b9);

/** Changes whenever a template or the hashing changes: weights made under other features are refused. */
export const FEATURE_SCHEME = 'attribution features 3';

// Word classes from the lexicon; a word may be in several.
const CLASSES: [number, (w: string) => boolean][] = (
  [
    ['speech', (w) => SPEECH_VERBS.has(w)],
    ['core-speech', (w) => CORE_SPEECH_VERBS.has(w)],
    ['that-verb', (w) => THAT_VERBS.has(w)],
    ['judge', (w) => JUDGEMENT_VERBS.has(w)],
    ['as-verb', (w) => AS_VERBS.has(w)],
    ['evidence-verb', (w) => EVIDENCE_VERBS.has(w)],
    ['attitude', (w) => ATTITUDE_ADJECTIVES.has(w)],
    ['anon', (w) => ANON_HEADS.has(w)],
    ['access', (w) => ACCESS_HEADS.has(w)],
    ['access-word', (w) => ACCESS_WORDS.has(w)],
    ['group', (w) => GROUP_HEADS.has(w)],
    ['member', (w) => GROUP_MEMBERS.has(w)],
    ['person', isPersonNoun],
    ['media', (w) => MEDIA_HEADS.has(w)],
    ['evidence', (w) => EVIDENCE_HEADS.has(w)],
    ['quantifier', (w) => QUANTIFIERS.has(w)],
    ['quantifier-pronoun', (w) => QUANTIFIER_PRONOUNS.has(w)],
    ['collective', (w) => NAMED_COLLECTIVES.has(w)],
    ['determiner', (w) => DETERMINERS.has(w)],
    ['definite', (w) => DEFINITE.has(w)],
    ['pronoun', (w) => PRONOUNS.has(w)],
    ['auxiliary', (w) => AUXILIARIES.has(w)],
    ['be', (w) => BE_FORMS.has(w)],
    ['adverb', (w) => ADVERBS.has(w)],
    ['hedge', (w) => HEDGE_ADVERBS.has(w)],
    ['participle', (w) => AGENTLESS_PARTICIPLES.has(w) || HEDGE_PASSIVES.has(w)],
    ['postmodifier', (w) => POSTMODIFIER_STARTS.has(w)],
    ['clause-break', (w) => CLAUSE_BREAKS.has(w)],
  ] as [string, (w: string) => boolean][]
).map(([name, test]) => [hashOf(name), test]);
const NATIONALITY = hashOf('nationality');
const EDGE_CLASS = hashOf('edge');

// Feature templates.
const T_BIAS = hashOf('bias');
const T_W = hashOf('w');
const T_W_1 = hashOf('w-1');
const T_W1 = hashOf('w+1');
const T_W_2 = hashOf('w-2');
const T_W2 = hashOf('w+2');
const T_PREV_W = hashOf('w-1|w');
const T_W_NEXT = hashOf('w|w+1');
const T_SUFFIX = hashOf('suffix');
const T_SHAPE = hashOf('shape');
const T_SHAPES = hashOf('shapes');
const T_ENTITY = hashOf('entity');
const T_ENTITY_1 = hashOf('entity-1');
const T_ENTITY1 = hashOf('entity+1');
const T_INITIAL = hashOf('initial');
const T_QUOTED = hashOf('quoted');
const T_NAMED_SPEAKER = hashOf('named-speaker');
const T_CLASS = hashOf('class');
const T_CLASS_1 = hashOf('class-1');
const T_CLASS1 = hashOf('class+1');
const T_CLASS2 = hashOf('class+2');
const T_CUE_RIGHT = hashOf('cue-right');
const T_CUE_RIGHT_AT = hashOf('cue-right-at');
const T_WORD_CUE_RIGHT = hashOf('word|cue-right');
const T_CLASS_CUE_RIGHT_AT = hashOf('class|cue-right-at');
const T_CUE_LEFT = hashOf('cue-left');
const T_CUE_LEFT_AT = hashOf('cue-left-at');
const T_WORD_CUE_LEFT = hashOf('word|cue-left');

const SENTENCE_END = new Set([...SENTENCE_END_MARKS].map(hashOf));
const RIGHT_WINDOW = 16;
const LEFT_WINDOW = 8;

function isCue(w: string): boolean {
  return (
    SPEECH_VERBS.has(w) ||
    EVIDENCE_VERBS.has(w) ||
    AS_VERBS.has(w) ||
    THAT_VERBS.has(w) ||
    JUDGEMENT_VERBS.has(w) ||
    ATTITUDE_ADJECTIVES.has(w) ||
    w === 'according'
  );
}

function shape(text: string): string {
  const c = text.charCodeAt(0);
  // ASCII first: the regular expressions below cost more than the rest of a token's features.
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c >= 65 && c <= 90) return /^[A-Z]+$/.test(text) ? 'X' : /^[A-Z][ -~]*$/.test(text) ? 'Xx' : unicodeShape(text);
  return unicodeShape(text);
}

function unicodeShape(text: string): string {
  if (/^\p{Lu}+$/u.test(text)) return 'X';
  if (/^\p{Lu}/u.test(text)) return 'Xx';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\p{N}/u.test(text)) return 'd';
  return text.length === 1 ? text : 'p';
}

const DISTANCES = ['0', '1', '2', '3', '4-6', '4-6', '4-6', '7-10', '7-10', '7-10', '7-10'].map(hashOf);
const FAR = hashOf('far');
const distance = (d: number): number => DISTANCES[d] ?? FAR;

/** What a token contributes whatever its context; cached by its text, as a page repeats its words. */
export interface WordFacts {
  word: number;
  suffix: number;
  shape: number;
  classes: number[];
  cue: boolean;
}

const CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordFacts>();

function wordFacts(word: string, text: string): WordFacts {
  let facts = wordCache.get(text);
  if (facts) return facts;
  const classes: number[] = [];
  for (const [name, test] of CLASSES) if (test(word)) classes.push(name);
  if (isNationalityPlural(text)) classes.push(NATIONALITY);
  facts = { word: hashOf(word), suffix: hashOf(word.slice(-3)), shape: hashOf(shape(text)), classes, cue: isCue(word) };
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, facts);
  return facts;
}

/** Stands for the words past either end of a sentence. */
export const SENTENCE_EDGE: WordFacts = {
  word: hashOf('<s>'),
  suffix: 0,
  shape: hashOf('<s>'),
  classes: [EDGE_CLASS],
  cue: false,
};
const EDGE_ENTITY = hashOf('<s>');
const ENTITY_HASHES = new Map<string, number>();
function entityHash(view: SentenceView, i: number): number {
  const type = view.types[i];
  const key =
    type === null ? (isNameToken(view, i) ? 'cap-name' : '-') : `${view.types[i - 1] !== type ? 'B' : 'I'}-${type}`;
  let h = ENTITY_HASHES.get(key);
  if (h === undefined) ENTITY_HASHES.set(key, (h = hashOf(key)));
  return h;
}

/** For each token, the nearest cue after it (or -1), not past the end of a clause-final mark. */
function nearestCues(facts: WordFacts[]): { right: Int32Array; left: Int32Array } {
  const n = facts.length;
  const right = new Int32Array(n).fill(-1);
  const left = new Int32Array(n).fill(-1);
  for (let i = n - 2, next = -1; i >= 0; i--) {
    if (SENTENCE_END.has(facts[i + 1]!.word)) next = -1;
    else if (facts[i + 1]!.cue) next = i + 1;
    right[i] = next >= 0 && next - i <= RIGHT_WINDOW ? next : -1;
  }
  for (let i = 1, prev = -1; i < n; i++) {
    if (SENTENCE_END.has(facts[i - 1]!.word)) prev = -1;
    else if (facts[i - 1]!.cue) prev = i - 1;
    left[i] = prev >= 0 && i - prev <= LEFT_WINDOW ? prev : -1;
  }
  return { right, left };
}

/**
 * Where a word stands from the token whose features it gives: on it, or 1 or 2 tokens before or after it.
 * WORD_OFFSETS[p] is the offset of position p.
 */
export const WORD_OFFSETS = [0, -1, 1, -2, 2] as const;

/**
 * The features a word type gives the token at WORD_OFFSETS[p] from it, as unmasked hashes: they depend on
 * the word alone, so a tagger may sum their weights once per type and position.
 */
export function wordFeatures(t: WordFacts, p: number): number[] {
  switch (WORD_OFFSETS[p]) {
    case 0:
      return [combine(T_W, t.word), combine(T_SUFFIX, t.suffix), combine(T_SHAPE, t.shape), ...classes(T_CLASS, t)];
    case -1:
      return [combine(T_W_1, t.word), ...classes(T_CLASS_1, t)];
    case 1:
      return [combine(T_W1, t.word), ...classes(T_CLASS1, t)];
    case -2:
      return [combine(T_W_2, t.word)];
    default:
      return [combine(T_W2, t.word), ...classes(T_CLASS2, t)];
  }
}

const classes = (template: number, t: WordFacts): number[] => t.classes.map((c) => combine(template, c));

/** A sentence as the features read it: each token's cached facts, entity types, cues, commas. */
export interface ReadSentence {
  view: SentenceView;
  facts: WordFacts[];
  entities: number[];
  right: Int32Array;
  left: Int32Array;
  /** commas[i]: commas before token i. */
  commas: Int32Array;
  /** passive[r]: the cue at r follows a form of "be" ("was told", "is widely expected"); set at cues only. */
  passive: Uint8Array;
  namedSpeaker: number;
}

export function readSentence(view: SentenceView): ReadSentence {
  const n = view.words.length;
  const facts = view.words.map((word, i) => wordFacts(word, view.tokens[i]!.text));
  const entities = view.words.map((_, i) => entityHash(view, i));
  const { right, left } = nearestCues(facts);
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i]! + (view.words[i] === ',' ? 1 : 0);
  // Once per cue, not once per token that sees it.
  const passive = new Uint8Array(n);
  for (let r = 1; r < n; r++) {
    if (!facts[r]!.cue) continue;
    const before = view.words[r - 1]!;
    passive[r] = BE_FORMS.has(before) || (ADVERBS.has(before) && BE_FORMS.has(view.words[r - 2] ?? '')) ? 1 : 0;
  }
  const namedSpeaker = view.types.includes('PERSON') ? 1 : 0;
  return { view, facts, entities, right, left, commas, passive, namedSpeaker };
}

/** Token i's word (or the sentence edge) at `offset` from it. */
function wordAt(s: ReadSentence, i: number, offset: number): WordFacts {
  const j = i + offset;
  return j >= 0 && j < s.facts.length ? s.facts[j]! : SENTENCE_EDGE;
}

/** At most this many context features for token i (contextFeatures): the fixed ones, the cues' and its classes'. */
export function contextCapacity(s: ReadSentence, i: number): number {
  return 16 + s.facts[i]!.classes.length;
}

/**
 * Writes token i's features that depend on more than one word (and the bias), masked to buckets, into `out`
 * from `o` (room for contextCapacity of them); returns where they end.
 */
export function contextFeatures(s: ReadSentence, i: number, mask: number, out: Uint32Array, o: number): number {
  const { view, facts, entities } = s;
  const n = facts.length;
  const t = facts[i]!;
  const prev = wordAt(s, i, -1);
  const next = wordAt(s, i, 1);
  const entityAt = (j: number): number => (j >= 0 && j < n ? entities[j]! : EDGE_ENTITY);
  out[o++] = combine(T_BIAS, 0) & mask;
  out[o++] = combine(combine(T_PREV_W, prev.word), t.word) & mask;
  out[o++] = combine(combine(T_W_NEXT, t.word), next.word) & mask;
  out[o++] = combine(combine(combine(T_SHAPES, prev.shape), t.shape), next.shape) & mask;
  out[o++] = combine(T_ENTITY, entities[i]!) & mask;
  out[o++] = combine(T_ENTITY_1, entityAt(i - 1)) & mask;
  out[o++] = combine(T_ENTITY1, entityAt(i + 1)) & mask;
  out[o++] = combine(combine(T_INITIAL, i === 0 ? 1 : 0), t.shape) & mask;
  out[o++] = combine(T_QUOTED, view.quoted[i] ? 1 : 0) & mask;
  out[o++] = combine(T_NAMED_SPEAKER, s.namedSpeaker) & mask;
  // The nearest cue to the right: is this token in the subject of a verb of saying?
  const r = s.right[i]!;
  if (r >= 0) {
    const commaBetween = s.commas[r]! > s.commas[i + 1]! ? 1 : 0;
    out[o++] = combine(T_CUE_RIGHT, facts[r]!.word) & mask;
    out[o++] = combine(combine(combine(T_CUE_RIGHT_AT, distance(r - i)), commaBetween), s.passive[r]!) & mask;
    out[o++] = combine(combine(T_WORD_CUE_RIGHT, t.word), facts[r]!.word) & mask;
    for (const c of t.classes) out[o++] = combine(combine(T_CLASS_CUE_RIGHT_AT, c), distance(r - i)) & mask;
  }
  // The nearest cue to the left: an inverted source ("said a senior official") or "according to".
  const l = s.left[i]!;
  if (l >= 0) {
    out[o++] = combine(T_CUE_LEFT, facts[l]!.word) & mask;
    out[o++] = combine(T_CUE_LEFT_AT, distance(i - l)) & mask;
    out[o++] = combine(combine(T_WORD_CUE_LEFT, t.word), facts[l]!.word) & mask;
  }
  return o;
}

/** Every feature of every token, its words' then its context's, as training reads them. */
export function sentenceFeatures(view: SentenceView, bits: number): SentenceFeatures {
  const n = view.words.length;
  const mask = (1 << bits) - 1;
  const s = readSentence(view);
  let feats: Uint32Array = new Uint32Array(n * 48);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let p = 0; p < WORD_OFFSETS.length; p++) {
      const hashes = wordFeatures(wordAt(s, i, WORD_OFFSETS[p]!), p);
      feats = withRoom(feats, k, hashes.length);
      for (const h of hashes) feats[k++] = h & mask;
    }
    feats = withRoom(feats, k, contextCapacity(s, i));
    k = contextFeatures(s, i, mask, feats, k);
  }
  offsets[n] = k;
  return { feats: feats.slice(0, k), offsets };
}

/** `buffer`, or a copy of its first `used` entries in a larger one, with room for `more` after them. */
export function withRoom(buffer: Uint32Array, used: number, more: number): Uint32Array {
  if (used + more <= buffer.length) return buffer;
  const grown = new Uint32Array(Math.max(used + more, buffer.length * 2));
  grown.set(buffer.subarray(0, used));
  return grown;
}
