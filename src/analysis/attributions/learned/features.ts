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
interface WordFacts {
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

const EDGE: WordFacts = { word: hashOf('<s>'), suffix: 0, shape: hashOf('<s>'), classes: [EDGE_CLASS], cue: false };
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

const MAX_FEATURES_PER_TOKEN = 96;

export function sentenceFeatures(view: SentenceView, bits: number): SentenceFeatures {
  const n = view.words.length;
  const mask = (1 << bits) - 1;
  const facts = view.words.map((word, i) => wordFacts(word, view.tokens[i]!.text));
  const entities = view.words.map((_, i) => entityHash(view, i));
  const at = (i: number): WordFacts => (i >= 0 && i < n ? facts[i]! : EDGE);
  const entityAt = (i: number): number => (i >= 0 && i < n ? entities[i]! : EDGE_ENTITY);
  const { right, left } = nearestCues(facts);
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i]! + (view.words[i] === ',' ? 1 : 0);
  const namedSpeaker = view.types.includes('PERSON') ? 1 : 0;
  const feats = new Uint32Array(n * MAX_FEATURES_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const add = (template: number, a: number, b = -1, c = -1): void => {
    let h = combine(template, a);
    if (b >= 0) h = combine(h, b);
    if (c >= 0) h = combine(h, c);
    if (k < feats.length) feats[k++] = h & mask;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const t = facts[i]!;
    add(T_BIAS, 0);
    add(T_W, t.word);
    add(T_W_1, at(i - 1).word);
    add(T_W1, at(i + 1).word);
    add(T_W_2, at(i - 2).word);
    add(T_W2, at(i + 2).word);
    add(T_PREV_W, at(i - 1).word, t.word);
    add(T_W_NEXT, t.word, at(i + 1).word);
    add(T_SUFFIX, t.suffix);
    add(T_SHAPE, t.shape);
    add(T_SHAPES, at(i - 1).shape, t.shape, at(i + 1).shape);
    add(T_ENTITY, entities[i]!);
    add(T_ENTITY_1, entityAt(i - 1));
    add(T_ENTITY1, entityAt(i + 1));
    add(T_INITIAL, i === 0 ? 1 : 0, t.shape);
    add(T_QUOTED, view.quoted[i] ? 1 : 0);
    add(T_NAMED_SPEAKER, namedSpeaker);
    for (const c of t.classes) add(T_CLASS, c);
    for (const c of at(i - 1).classes) add(T_CLASS_1, c);
    for (const c of at(i + 1).classes) add(T_CLASS1, c);
    for (const c of at(i + 2).classes) add(T_CLASS2, c);
    // The nearest cue to the right: is this token in the subject of a verb of saying?
    const r = right[i]!;
    if (r >= 0) {
      const passive =
        BE_FORMS.has(view.words[r - 1]!) || (ADVERBS.has(view.words[r - 1]!) && BE_FORMS.has(view.words[r - 2] ?? ''));
      add(T_CUE_RIGHT, facts[r]!.word);
      add(T_CUE_RIGHT_AT, distance(r - i), commas[r]! > commas[i + 1]! ? 1 : 0, passive ? 1 : 0);
      add(T_WORD_CUE_RIGHT, t.word, facts[r]!.word);
      for (const c of t.classes) add(T_CLASS_CUE_RIGHT_AT, c, distance(r - i));
    }
    // The nearest cue to the left: an inverted source ("said a senior official") or "according to".
    const l = left[i]!;
    if (l >= 0) {
      add(T_CUE_LEFT, facts[l]!.word);
      add(T_CUE_LEFT_AT, distance(i - l));
      add(T_WORD_CUE_LEFT, t.word, facts[l]!.word);
    }
  }
  offsets[n] = k;
  return { feats: feats.slice(0, k), offsets };
}
