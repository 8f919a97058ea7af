/**
 * Words that are mostly lowercase when they are not sentence-initial, learned from unlabeled text.
 * A capitalised sentence-initial "Police" or "Iraqi-backed" is then told apart from a name.
 */
export function lowerWords(
  sentences: readonly (readonly string[])[],
  minCount = 5,
  share = 0.8,
  limit = 12000,
): string[] {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/^\p{L}/u.test(t)) continue;
      const lw = t.toLowerCase();
      total.set(lw, (total.get(lw) ?? 0) + 1);
      if (t === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
    }
  }
  return [...total]
    .filter(([w, n]) => n >= minCount && (lower.get(w) ?? 0) / n >= share)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w)
    .sort();
}
