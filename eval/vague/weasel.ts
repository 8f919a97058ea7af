import { createRequire } from 'node:module';
import type { Span } from './score';

/** write-good's weasel-word check alone: the reference the issue compares against. */
interface Suggestion {
  index: number;
  offset: number;
}
type WriteGood = (text: string, options: Record<string, boolean>) => Suggestion[];

const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;
const ONLY_WEASEL = {
  weasel: true,
  illusion: false,
  so: false,
  thereIs: false,
  passive: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  eprime: false,
};

export function weaselSpans(text: string): Span[] {
  return writeGood(text, ONLY_WEASEL).map((s) => ({ start: s.index, end: s.index + s.offset }));
}
