import type { Gazetteer } from './gazetteer';
import { GAZ_CLASSES } from './gazetteer';
import { FNV_OFFSET, fnvStep, mix } from './hash';
import { isCapitalized, shortShape, wordShape } from './shape';

/** What feature extraction needs besides the tokens: all of it ships in the weights file. */
export interface FeatureContext {
  gazetteer: Gazetteer;
  /** Words that are mostly lowercase in running text: a capital on them is weak evidence of a name. */
  lowerWords: ReadonlySet<string>;
  /** Feature hashes are taken modulo 2^bits. */
  bits: number;
}

/** Features of every token of a sentence, flattened: token i owns feats[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  feats: Uint32Array;
  offsets: Uint32Array;
}

/**
 * A feature is a template name and one or more values (strings or small numbers), hashed by chaining:
 * each string is hashed once per token type, and combining hashes costs a multiply, so context features
 * ("previous word", "shapes around") need no string building. Exported so tests can name features.
 */
export function featureHash(template: string, ...values: (string | number)[]): number {
  let h = strHash(template);
  for (const v of values) h = combine(h, typeof v === 'string' ? strHash(v) : v);
  return h;
}

function strHash(s: string): number {
  return fnvStep(FNV_OFFSET, s) >>> 0;
}

function combine(h: number, v: number): number {
  return mix(Math.imul(h ^ v, 0x01000193) + 0x9e3779b9);
}

/** What the features need to know about one token type; computed once per distinct token and cached. */
export interface TokenInfo {
  tok: string;
  lw: string;
  /** Some gazetteer phrase starts with this word. */
  startsPhrase: boolean;
  lower: number;
  shape: number;
  cap: boolean;
  hasLetters: boolean;
  allCaps: boolean;
  /** The word is in the mostly-lowercase list. */
  common: boolean;
  /** Gazetteer classes of the word (or of its spaced form, "al-qaeda" -> "al qaeda"). */
  gaz: number;
  /**
   * Hashes of the features that depend on the token alone, in running text and in a headline; each made on
   * first use, since most token types never occur in a headline.
   */
  own: Uint32Array | null;
  ownHeadline: Uint32Array | null;
}

const T = Object.fromEntries(
  [
    'b',
    'w',
    'W',
    'p1',
    'n1',
    'p2',
    'n2',
    'p1w',
    'wn1',
    'sh',
    'ss',
    'ss3',
    'ssp',
    'ssn',
    'pre',
    'suf',
    'first',
    'capcommon',
    'capafterlower',
    'g',
    'g-1',
    'g+1',
    'gp',
    'hf',
    'hl',
    'hg',
    'acr',
  ].map((t) => [t, strHash(t)]),
) as Record<string, number>;
const START = strHash('<s>');
const END = strHash('</s>');
const GAZ_BITS = GAZ_CLASSES.length;
const CACHE_LIMIT = 50_000;

function ownFeatures(
  tok: string,
  lw: string,
  cap: boolean,
  gaz: Gazetteer,
  classes: number,
  headline: boolean,
): Uint32Array {
  const out: number[] = [];
  const hl = headline ? 1 : 0;
  out.push(combine(T.w!, strHash(lw)));
  // Case matters for short words: "US" is a country, "us" a pronoun.
  if (tok !== lw) out.push(combine(T.W!, strHash(tok)));
  out.push(combine(combine(T.sh!, strHash(wordShape(tok.length > 12 ? tok.slice(0, 12) : tok))), hl));
  out.push(combine(combine(T.ss!, strHash(shortShape(tok))), hl));
  for (let k = 1; k <= 4 && k < lw.length; k++) {
    out.push(combine(combine(T.pre!, k), strHash(lw.slice(0, k))));
    out.push(combine(combine(T.suf!, k), strHash(lw.slice(-k))));
  }
  // "US" and "U.S.", "UN" and "U.N." share what the training text taught about either spelling.
  const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u.test(tok) ? tok.replace(/\./g, '') : '';
  if (acronym) out.push(combine(T.acr!, strHash(acronym)));
  for (let b = 0; b < GAZ_BITS; b++) if (classes & (1 << b)) out.push(combine(combine(T.g!, b), cap ? 1 : 0));
  const dash = lw.indexOf('-');
  if (dash > 0) {
    // "Iranian-backed", "al-Sadr", "pro-Western": the parts say more than the whole.
    const head = lw.slice(0, dash);
    out.push(combine(T.hf!, strHash(head)));
    out.push(combine(T.hl!, strHash(lw.slice(lw.lastIndexOf('-') + 1))));
    const hm = gaz.word(head);
    for (let b = 0; b < GAZ_BITS; b++) if (hm & (1 << b)) out.push(combine(T.hg!, b));
  }
  return Uint32Array.from(out);
}

function wordClasses(lw: string, gaz: Gazetteer): number {
  return gaz.word(lw) | (lw.includes('-') ? gaz.phrase(lw.replace(/-/g, ' ')) : 0);
}

const caches = new WeakMap<FeatureContext, Map<string, TokenInfo>>();

function tokenInfo(tok: string, ctx: FeatureContext, cache: Map<string, TokenInfo>): TokenInfo {
  let info = cache.get(tok);
  if (info) return info;
  const lw = tok.toLowerCase();
  info = {
    tok,
    lw,
    startsPhrase: ctx.gazetteer.startsPhrase(lw),
    lower: strHash(lw),
    shape: strHash(shortShape(tok)),
    cap: isCapitalized(tok),
    hasLetters: lw !== tok.toUpperCase(),
    allCaps: lw !== tok.toUpperCase() && tok === tok.toUpperCase(),
    common: ctx.lowerWords.has(lw),
    gaz: wordClasses(lw, ctx.gazetteer),
    own: null,
    ownHeadline: null,
  };
  // Bounded so that a long-lived recognizer does not grow without limit on odd text.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(tok, info);
  return info;
}

/**
 * Gazetteer phrases over the sentence: for each token inside the longest phrase starting at the left,
 * the phrase's class mask and the token's BILOU position in it (B=0, I=1, L=2); mask 0 outside phrases.
 */
function phraseMarks(info: readonly TokenInfo[], gaz: Gazetteer): { masks: Int32Array; pos: Uint8Array } {
  const n = info.length;
  const masks = new Int32Array(n);
  const pos = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!info[i]!.startsPhrase) continue;
    let phrase = info[i]!.lw;
    let found = 0;
    let foundLen = 0;
    for (let len = 2; len <= Math.min(gaz.maxPhrase, n - i); len++) {
      phrase += ' ' + info[i + len - 1]!.lw;
      const mask = gaz.phrase(phrase);
      if (mask) [found, foundLen] = [mask, len];
      if (!gaz.continuesPhrase(phrase)) break;
    }
    if (!found) continue;
    for (let k = 0; k < foundLen; k++) {
      masks[i + k] = found;
      pos[i + k] = k === 0 ? 0 : k === foundLen - 1 ? 2 : 1;
    }
    i += foundLen - 1;
  }
  return { masks, pos };
}

/** A sentence as its features read it: each token's cached facts, the gazetteer phrases over it, headline or not. */
export interface ReadSentence {
  info: TokenInfo[];
  phrases: { masks: Int32Array; pos: Uint8Array };
  headline: boolean;
}

export function readSentence(tokens: readonly string[], ctx: FeatureContext): ReadSentence {
  const n = tokens.length;
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  const info: TokenInfo[] = new Array<TokenInfo>(n);
  for (let i = 0; i < n; i++) info[i] = tokenInfo(tokens[i]!, ctx, cache);
  // A headline in capitals ("BRUSSELS 1996-08-22", CoNLL's all-caps titles) changes what a capital means.
  let letters = 0;
  let upper = 0;
  for (const t of info) {
    if (!t.hasLetters) continue;
    letters++;
    if (t.allCaps) upper++;
  }
  return { info, phrases: phraseMarks(info, ctx.gazetteer), headline: letters > 1 && upper === letters };
}

/**
 * Token i's features that depend on its type alone, as unmasked hashes: the same array for every occurrence
 * of the type (in running text, or in a headline), so a tagger may cache what they score.
 */
export function ownFeatureIds(s: ReadSentence, i: number, ctx: FeatureContext): Uint32Array {
  const t = s.info[i]!;
  if (s.headline) return (t.ownHeadline ??= ownFeatures(t.tok, t.lw, t.cap, ctx.gazetteer, t.gaz, true));
  return (t.own ??= ownFeatures(t.tok, t.lw, t.cap, ctx.gazetteer, t.gaz, false));
}

/** Where a neighbour stands from the token whose features it gives (neighbourFeatures' positions). */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/**
 * The features that the token at NEIGHBOUR_OFFSETS[p] from token i gives it, as unmasked hashes; `t` is null
 * past either end of the sentence. They depend on the neighbour's type alone, so a tagger may sum their
 * weights once per type and position.
 */
export function neighbourFeatures(t: TokenInfo | null, p: number): number[] {
  const offset = NEIGHBOUR_OFFSETS[p]!;
  const word = t ? t.lower : offset < 0 ? START : END;
  const gaz = t ? t.gaz : 0;
  const out: number[] = [];
  switch (offset) {
    case -1:
      out.push(combine(T.p1!, word));
      for (let b = 0; b < GAZ_BITS; b++) if (gaz & (1 << b)) out.push(combine(T['g-1']!, b));
      break;
    case 1:
      out.push(combine(T.n1!, word));
      for (let b = 0; b < GAZ_BITS; b++) if (gaz & (1 << b)) out.push(combine(T['g+1']!, b));
      break;
    case -2:
      out.push(combine(T.p2!, word));
      break;
    default:
      out.push(combine(T.n2!, word));
  }
  return out;
}

/** Token i's neighbour at NEIGHBOUR_OFFSETS[p], or null past either end of the sentence. */
function neighbourAt(s: ReadSentence, i: number, p: number): TokenInfo | null {
  const j = i + NEIGHBOUR_OFFSETS[p]!;
  return j >= 0 && j < s.info.length ? s.info[j]! : null;
}

/** At most this many context features per token (contextFeatures). */
export const MAX_CONTEXT_FEATURES = 9 + GAZ_BITS;

/**
 * Writes token i's features that depend on it and its neighbours together (and the bias), masked to buckets,
 * into `out` from `o`; returns where they end.
 */
export function contextFeatures(s: ReadSentence, i: number, mask: number, out: Uint32Array, o: number): number {
  const { info, phrases } = s;
  const n = info.length;
  const hl = s.headline ? 1 : 0;
  const t = info[i]!;
  const prevWord = i > 0 ? info[i - 1]!.lower : START;
  const nextWord = i + 1 < n ? info[i + 1]!.lower : END;
  const prevShape = i > 0 ? info[i - 1]!.shape : START;
  const nextShape = i + 1 < n ? info[i + 1]!.shape : END;
  out[o++] = T.b! & mask;
  out[o++] = combine(combine(T.p1w!, prevWord), t.lower) & mask;
  out[o++] = combine(combine(T.wn1!, t.lower), nextWord) & mask;
  out[o++] = combine(combine(combine(combine(T.ss3!, prevShape), t.shape), nextShape), hl) & mask;
  out[o++] = combine(combine(T.ssp!, prevShape), t.shape) & mask;
  out[o++] = combine(combine(T.ssn!, t.shape), nextShape) & mask;
  if (i === 0) out[o++] = combine(T.first!, t.cap ? 1 : 0) & mask;
  if (t.cap && t.common) out[o++] = combine(combine(T.capcommon!, i === 0 ? 1 : 0), hl) & mask;
  if (t.cap && i > 0 && !info[i - 1]!.cap) out[o++] = T.capafterlower! & mask;
  const pm = phrases.masks[i]!;
  if (pm) {
    const p = phrases.pos[i]!;
    for (let b = 0; b < GAZ_BITS; b++) if (pm & (1 << b)) out[o++] = combine(combine(T.gp!, b), p) & mask;
  }
  return o;
}

/** Every feature of every token, own, its neighbours' and context, as training reads them. */
export function sentenceFeatures(tokens: readonly string[], ctx: FeatureContext): SentenceFeatures {
  const n = tokens.length;
  const mask = (1 << ctx.bits) - 1;
  const s = readSentence(tokens, ctx);
  const own = s.info.map((_, i) => ownFeatureIds(s, i, ctx));
  const neighbours = s.info.map((_, i) =>
    NEIGHBOUR_OFFSETS.flatMap((_, p) => neighbourFeatures(neighbourAt(s, i, p), p)),
  );
  let capacity = n * MAX_CONTEXT_FEATURES;
  for (let i = 0; i < n; i++) capacity += own[i]!.length + neighbours[i]!.length;
  const out = new Uint32Array(capacity);
  let o = 0;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = o;
    for (const ids of [own[i]!, neighbours[i]!]) for (let k = 0; k < ids.length; k++) out[o++] = ids[k]! & mask;
    o = contextFeatures(s, i, mask, out, o);
  }
  offsets[n] = o;
  return { feats: out.subarray(0, o), offsets };
}
