import type { Split } from './manifest';

export interface SplitItem {
  source: string;
  words: number;
  /** Articles of a kind that should not all land on one side (the real pages). */
  page: boolean;
}

/**
 * Dev / test by source: every source lies wholly on one side. Of all the ways to cut the sources in two,
 * the one closest to half the articles, then half the pages, then half the words; which side is test is
 * drawn. Exhaustive: fine up to ~20 sources.
 */
export function splitBySource(items: readonly SplitItem[], random: () => number): Map<string, Split> {
  const sources = [...new Set(items.map((i) => i.source))].sort();
  if (sources.length < 2 || sources.length > 20) throw new Error(`cannot split ${sources.length} sources`);
  const totals = (inside: (s: string) => boolean): [number, number, number] => {
    const chosen = items.filter((i) => inside(i.source));
    return [chosen.length, chosen.filter((i) => i.page).length, chosen.reduce((n, i) => n + i.words, 0)];
  };
  const all = totals(() => true);
  let best: { mask: number; cost: number[] } | null = null;
  // The first source is always on side one: each cut is seen once, not once per side.
  for (let mask = 1; mask < 1 << sources.length; mask += 2) {
    const side = totals((s) => (mask & (1 << sources.indexOf(s))) !== 0);
    const cost = side.map((x, k) => Math.abs(2 * x - all[k]!));
    if (!best || lexLess(cost, best.cost)) best = { mask, cost };
  }
  const oneIsTest = random() < 0.5;
  return new Map(
    sources.map((s, k) => [s, ((best!.mask & (1 << k)) !== 0) === oneIsTest ? 'test' : 'dev'] as [string, Split]),
  );
}

function lexLess(a: number[], b: number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}
