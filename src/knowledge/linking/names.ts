/** Name and word comparison that survives transliteration ("al-Khadimi" / "Al-Kadhimi") and demonyms. */

/** Arabic articles and one-letter initials say little about who is meant. */
const PARTICLES = new Set(['al', 'el', 'ul']);

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

export function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøđðßæœıþ]/g, (c) => FOLD[c] ?? c)
    .replace(/['’]s\b/g, '')
    .replace(/['’`ʻʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

export function nameTokens(s: string): string[] {
  return words(s).filter((w) => w.length > 1 && !PARTICLES.has(w));
}

/** The key under which a name's lookups and the reader's choice are stored. */
export function nameKey(s: string): string {
  return nameTokens(s).join(' ');
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** 1 for equal tokens, ~0.7-0.9 for transliteration variants, 0 otherwise. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  // Short names differ by a letter and mean different things: "Iran" / "Iraq", "Salih" / "Saleh".
  if (longest < 6) return 0;
  const ratio = 1 - levenshtein(a, b) / longest;
  return ratio >= 0.7 ? ratio : 0;
}

/**
 * How well `query` names `candidate`: the mean best similarity of the query's tokens, discounted when
 * the candidate has words the query lacks ("Hussein" only partly names "Saddam Hussein").
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

/**
 * Demonyms whose country name does not simply extend them ("Iraqi" → "Iraq" needs no entry), and role
 * words that office labels spell differently.
 */
const EXPANSIONS: Record<string, string> = {
  us: 'united states',
  american: 'united states',
  british: 'united kingdom',
  uk: 'united kingdom',
  kurdish: 'kurdistan',
  chinese: 'china',
  french: 'france',
  turkish: 'turkey',
  lebanese: 'lebanon',
  emirati: 'emirates',
  dutch: 'netherlands',
  swiss: 'switzerland',
  pm: 'prime minister',
  premier: 'prime minister',
  defence: 'defense',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  organisation: 'organization',
};

/** Words of a role or context name, with demonyms expanded to the country's words. */
export function meaningWords(s: string): string[] {
  return words(s.replace(/\bU\.S\.(?=\s|$)/g, 'US')).flatMap((w) => (EXPANSIONS[w] ?? w).split(' '));
}

/** Same word, or one extends the other by a suffix of up to three letters ("iraq"/"iraqi", "iran"/"iranian"). */
export function wordMatches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

export function containsWord(haystack: readonly string[], word: string): boolean {
  return haystack.some((h) => wordMatches(h, word));
}
