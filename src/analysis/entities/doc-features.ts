import { featureHash, type SentenceFeatures } from './features';
import { O, labelPos, labelType, TYPES } from './labels';

/** Stage-2 features live in their own small hash space: there are only a few hundred of them. */
export const DOC_BITS = 14;
const MASK = (1 << DOC_BITS) - 1;
const NONE = TYPES.length;
const U = 3;

const T = {
  bias: featureHash('d-bias') & MASK,
  maj: featureHash('d-maj'),
  any: featureHash('d-any'),
  long: featureHash('d-long'),
  first: featureHash('d-first'),
  own: featureHash('d-own'),
};

/**
 * Document-level features of the second stage (Ratinov & Roth 2009): what the first stage said about the
 * same word elsewhere in the document. For each capitalised token: the majority first-stage type of its
 * other occurrences ("O" counts) and whether they all agree, every type they were given, the type of a
 * longer name it is part of elsewhere ("Pompeo" in "Mike Pompeo"), the type of its first occurrence, and
 * the majority crossed with this occurrence's own first-stage type. A name the tagger typed well in one
 * sentence can so lend its type to a sentence where the context misled it.
 */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  stage1: readonly Uint8Array[],
): SentenceFeatures[] {
  // Per capitalised word: type counts over its occurrences (NONE = outside a name), in longer names, first type.
  const counts = new Map<string, Int32Array>();
  const longer = new Map<string, number>();
  const firstType = new Map<string, number>();
  sentences.forEach((tokens, si) => {
    const labels = stage1[si]!;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      if (!isCapitalised(w)) continue;
      const l = labels[i]!;
      const type = l === O ? NONE : labelType(l);
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(NONE + 1)));
      c[type]!++;
      if (!firstType.has(w)) firstType.set(w, type);
      if (l !== O && labelPos(l) !== U) longer.set(w, (longer.get(w) ?? 0) | (1 << type));
    }
  });
  return sentences.map((tokens, si) => {
    const labels = stage1[si]!;
    const feats: number[] = [];
    const offsets = new Uint32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      offsets[i] = feats.length;
      feats.push(T.bias);
      const w = tokens[i]!;
      const c = counts.get(w);
      if (!c) continue;
      const l = labels[i]!;
      const own = l === O ? NONE : labelType(l);
      // The other occurrences: this one taken out.
      let others = 0;
      let maj = -1;
      for (let t = 0; t <= NONE; t++) {
        const k = c[t]! - (t === own ? 1 : 0);
        others += k;
        if (k > 0) feats.push(hash(T.any, t));
        if (k > 0 && (maj < 0 || k > c[maj]! - (maj === own ? 1 : 0))) maj = t;
      }
      if (others > 0) {
        const unanimous = c[maj]! - (maj === own ? 1 : 0) === others ? 1 : 0;
        feats.push(hash(hash(T.maj, maj), unanimous));
        feats.push(hash(hash(T.own, own), maj));
        const first = firstType.get(w)!;
        feats.push(hash(T.first, first));
      }
      const lg = longer.get(w) ?? 0;
      for (let t = 0; t < NONE; t++) if (lg & (1 << t)) feats.push(hash(T.long, t));
    }
    offsets[tokens.length] = feats.length;
    return { feats: Uint32Array.from(feats, (f) => f & MASK), offsets };
  });
}

function hash(h: number, v: number): number {
  return featureHash('', h, v);
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
