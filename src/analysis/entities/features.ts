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

const GAZ_NAMES = GAZ_CLASSES.map((c) => c);
const PRE = ['', 'pre1=', 'pre2=', 'pre3=', 'pre4='];
const SUF = ['', 'suf1=', 'suf2=', 'suf3=', 'suf4='];

/** Per-token gazetteer marks: single-word classes and BILOU position inside a matched phrase. */
function gazetteerMarks(lower: readonly string[], gaz: Gazetteer): { word: Int32Array; phrase: string[] } {
  const n = lower.length;
  const word = new Int32Array(n);
  const phrase: string[] = new Array<string>(n).fill('');
  for (let i = 0; i < n; i++) {
    const w = lower[i]!;
    word[i] = gaz.word(w) | (w.includes('-') ? gaz.phrase(w.replace(/-/g, ' ')) : 0);
  }
  for (let i = 0; i < n; i++) {
    if (!gaz.startsPhrase(lower[i]!)) continue;
    for (let len = Math.min(gaz.maxPhrase, n - i); len >= 2; len--) {
      const mask = gaz.phrase(lower.slice(i, i + len).join(' '));
      if (!mask) continue;
      const cls = firstClass(mask);
      for (let k = 0; k < len; k++) phrase[i + k] = (k === 0 ? 'B' : k === len - 1 ? 'L' : 'I') + cls;
      i += len - 1;
      break;
    }
  }
  return { word, phrase };
}

function firstClass(mask: number): string {
  for (let b = 0; b < GAZ_NAMES.length; b++) if (mask & (1 << b)) return GAZ_NAMES[b]!;
  return '';
}

export function sentenceFeatures(tokens: readonly string[], ctx: FeatureContext): SentenceFeatures {
  const n = tokens.length;
  const mask = (1 << ctx.bits) - 1;
  const lower = tokens.map((t) => t.toLowerCase());
  const shapes = tokens.map(shortShape);
  const marks = gazetteerMarks(lower, ctx.gazetteer);
  // A headline in capitals ("BRUSSELS 1996-08-22", CoNLL's all-caps titles) changes what a capital means.
  const letters = tokens.filter((t) => /\p{L}/u.test(t));
  const headline = letters.length > 1 && letters.every((t) => t === t.toUpperCase()) ? 'H' : '';
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const add = (f: string): void => {
    out.push(mix(fnvStep(FNV_OFFSET, f)) & mask);
  };
  // Two-part features are hashed in steps, without building "name=a|b" strings.
  const add2 = (name: string, a: string, b: string): void => {
    out.push(mix(fnvStep(fnvStep(fnvStep(FNV_OFFSET, name), a), b)) & mask);
  };
  const w = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const sh = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]!);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const tok = tokens[i]!;
    const lw = lower[i]!;
    const cap = isCapitalized(tok);
    add('b');
    add2('w=', lw, '');
    // Case matters for short words: "US" is a country, "us" a pronoun.
    if (tok !== lw) add2('W=', tok, '');
    add2('p1=', w(i - 1), '');
    add2('n1=', w(i + 1), '');
    add2('p2=', w(i - 2), '');
    add2('n2=', w(i + 2), '');
    add2('p1w=', w(i - 1) + '|', lw);
    add2('wn1=', lw + '|', w(i + 1));
    add('sh=' + wordShape(tok.length > 12 ? tok.slice(0, 12) : tok) + headline);
    add('ss=' + shapes[i] + headline);
    add('ss3=' + sh(i - 1) + '|' + shapes[i] + '|' + sh(i + 1) + headline);
    add('ssp=' + sh(i - 1) + '|' + shapes[i]);
    add('ssn=' + shapes[i] + '|' + sh(i + 1));
    for (let k = 1; k <= 4 && k < lw.length; k++) {
      add2(PRE[k]!, lw.slice(0, k), '');
      add2(SUF[k]!, lw.slice(-k), '');
    }
    if (i === 0) add('first' + (cap ? 'C' : 'c'));
    if (cap && ctx.lowerWords.has(lw)) add('capcommon' + (i === 0 ? '0' : '') + headline);
    if (cap && i > 0 && !isCapitalized(tokens[i - 1]!)) add('capafterlower');
    for (let b = 0; b < GAZ_NAMES.length; b++) {
      if (marks.word[i]! & (1 << b)) add('g=' + GAZ_NAMES[b] + (cap ? 'C' : 'c'));
      if (i > 0 && marks.word[i - 1]! & (1 << b)) add('g-1=' + GAZ_NAMES[b]);
      if (i + 1 < n && marks.word[i + 1]! & (1 << b)) add('g+1=' + GAZ_NAMES[b]);
    }
    if (marks.phrase[i]) add('gp=' + marks.phrase[i]);
    const dash = lw.indexOf('-');
    if (dash > 0) {
      // "Iranian-backed", "al-Sadr", "pro-Western": the parts say more than the whole.
      const head = lw.slice(0, dash);
      const tail = lw.slice(lw.lastIndexOf('-') + 1);
      add('hf=' + head);
      add('hl=' + tail);
      const hm = ctx.gazetteer.word(head);
      for (let b = 0; b < GAZ_NAMES.length; b++) if (hm & (1 << b)) add('hg=' + GAZ_NAMES[b]);
    }
  }
  offsets[n] = out.length;
  return { feats: Uint32Array.from(out), offsets };
}
