/**
 * Name normalisation for matching mentions: accents, case and Arabic article particles go, and a
 * phonetic folding merges common transliteration variants ("Kadhimi"/"Khadimi", "Qassem"/"Qasem",
 * "Soleimani"/"Suleimani", "Alexei"/"Aleksey", "Zelensky"/"Zelenskyy", "Ahmadinejad"/"Ahmadinezhad").
 */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud']);

/** Lowercased, accent-free name words without particles or a possessive ("al-Sadr's" -> ["sadr"]). */
export function nameWords(name: string): string[] {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/['\u2019`\u02bf\u02be.\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  const words: string[] = [];
  for (const w of plain.split(/[\s\u2010\u2011-]+/)) {
    if (w && !PARTICLES.has(w)) words.push(w);
  }
  return words;
}

/** Phonetic folding of one lowercased word. */
export function fold(word: string): string {
  return word
    .replace(/zh/g, 'j')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/y/g, 'i')
    .replace(/([^aeiou])\1+/g, '$1');
}

function skeleton(folded: string): string {
  return folded[0] + folded.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Whether two name words are spellings of one name: equal after folding, or with the same consonant
 * skeleton and a small edit distance (1, or 2 for long words: "Mohammed"/"Muhammad", but not "Hassan"/"Hussein").
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

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
