import { fold, nameWords } from '../../names';

/**
 * Names of one thing that share no letters a rule could follow, for the few things US and British news
 * name every which way. Kept short on purpose: each line was an unresolved entity of the news gold's dev
 * split (src/analysis/entities/README.md).
 */
const ALIASES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'America', 'US', 'USA'],
  ['United Kingdom', 'Britain', 'Great Britain', 'UK'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  // The letters are the parties of "(D-N.C.)" labels (party-labels.ts): no other rule makes one-letter names.
  ['Republican', 'Republican Party', 'GOP', 'R'],
  ['Democrat', 'Democratic Party', 'D'],
];

const folded = (name: string): string => nameWords(name).map(fold).join(' ');

const CANONICAL = new Map(ALIASES.flatMap((names) => names.map((n) => [folded(n), names[0]!] as const)));

/** The first name of the alias line a name is on (its words from src/names, folded, joined by spaces), or undefined. */
export function aliasOf(joinedFoldedWords: string): string | undefined {
  return CANONICAL.get(joinedFoldedWords);
}
