import { editDistance } from './edit-distance';
import { fold } from './fold';
import { nameWords } from './normalize';

/**
 * Whether two name words are spellings of one name: equal after folding, or with the same consonant
 * skeleton and a small edit distance (1, or 2 for long words: "Mohammed"/"Muhammad", but not "Hassan"/"Hussein").
 * Within one article this decides whether two mentions are one entity.
 */
export function sameNameWord(a: string, b: string): boolean {
  return sameFoldedWord(fold(a), fold(b));
}

/** sameNameWord on words already folded (resolution folds each mention once). */
export function sameFoldedWord(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  if (fa[0] !== fb[0] || Math.abs(fa.length - fb.length) > 2) return false;
  if (fa.length < 4 || fb.length < 4 || skeleton(fa) !== skeleton(fb)) return false;
  return editDistance(fa, fb) <= (Math.min(fa.length, fb.length) >= 7 ? 2 : 1);
}

function skeleton(folded: string): string {
  return folded[0] + folded.slice(1).replace(/[aeiou]/g, '');
}

/** Name words that can tell names apart: initials ("George W. Bush") go too. */
function nameTokens(name: string): string[] {
  return nameWords(name).filter((w) => w.length > 1);
}

/** One spelling for every way of writing a name (case, accents, articles, initials): a cache key. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/**
 * How alike two name words are, for ranking candidates: 1 when equal, the share of letters kept for
 * transliteration variants (~0.7-0.9), else 0.
 */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  // Short names differ by a letter and mean different things: "Iran" / "Iraq", "Salih" / "Saleh".
  if (longest < 6) return 0;
  const ratio = 1 - editDistance(a, b) / longest;
  return ratio >= 0.7 ? ratio : 0;
}

/**
 * How well `query` names `candidate` (0-1): the mean best similarity of the query's tokens, discounted
 * when the candidate has words the query lacks ("Hussein" only partly names "Saddam Hussein").
 */
export function nameSimilarity(query: string, candidate: string): number {
  const q = nameTokens(query);
  const c = nameTokens(candidate);
  if (q.length === 0 || c.length === 0) return 0;
  const used = new Set<number>();
  let sum = 0;
  for (const qt of q) {
    let best = 0;
    let bestIndex = -1;
    c.forEach((ct, i) => {
      if (used.has(i)) return;
      const s = tokenSimilarity(qt, ct);
      if (s > best) {
        best = s;
        bestIndex = i;
      }
    });
    if (bestIndex >= 0) used.add(bestIndex);
    sum += best;
  }
  const mean = sum / q.length;
  return used.size < c.length ? mean * 0.85 : mean;
}
