import { shuffle } from '../../train/random';

/** The training's seeded PRNG (mulberry32): a draw is reproduced exactly from its seed on any machine. */
export { seededRandom } from '../../train/random';

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  shuffle(out, random);
  return out;
}
