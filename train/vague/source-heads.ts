/**
 * Checks the source-head lists of src/analysis/attributions/lexicon.ts against PolNeAR's train split (read in
 * place from ../shared): derives "unnamed" sources from its Source spans (no capital after the first word,
 * no pronoun, relative or definite article at the start, a cue of saying or believing) and prints their head
 * words, those the lexicon knows and those it does not, most frequent first. Curating the lists is a human
 * step: the unknown heads mix names the surface test cannot see ("trump") with real gaps ("allies").
 * Run: npx tsx train/vague/source-heads.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACCESS_HEADS,
  ANON_HEADS,
  EVIDENCE_HEADS,
  GROUP_HEADS,
  MEDIA_HEADS,
  QUANTIFIER_PRONOUNS,
} from '../../src/analysis/attributions/lexicon';

const POLNEAR = join(import.meta.dirname, '../../../shared/data/attribution/polnear/data/train/attributions');
const SPEECH_CUE =
  /\b(?:said|say|says|told|according to|believes?|argued?|warned?|claimed?|think|fears?|expects?|suggest(?:ed|s)?|insist(?:ed|s)?|acknowledged|noted|added|confirmed|reported|worr(?:y|ied)|predict(?:ed)?|contend|complain(?:ed)?)\b/i;
const NOT_UNNAMED_START = /^(?:he|she|it|they|we|i|you|who|which|that|the|this|these|his|her|their|its|our|my)\b/i;
// The head is the last word before the first post-modifier.
const POSTMODIFIER = /,|\s(?:who|of|in|at|from|for|with)\s/;
const MIN_COUNT = 2;

const known = (w: string): boolean =>
  [ANON_HEADS, GROUP_HEADS, MEDIA_HEADS, EVIDENCE_HEADS, ACCESS_HEADS, QUANTIFIER_PRONOUNS].some((s) => s.has(w));

const counts = new Map<string, number>();
for (const file of readdirSync(POLNEAR)) {
  const lines = readFileSync(join(POLNEAR, file), 'utf8').split('\n');
  const spans = new Map<string, string>();
  for (const line of lines) {
    const m = /^(T\d+)\t\w+ \d+ \d+\t(.*)$/.exec(line);
    if (m) spans.set(m[1]!, m[2]!);
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map(
      line
        .split('\t')[1]!
        .split(' ')
        .map((kv) => kv.split(':') as [string, string]),
    );
    const source = spans.get(args.get('Source') ?? '');
    const cue = spans.get(args.get('Cue') ?? '');
    if (!source || !cue || !SPEECH_CUE.test(cue) || NOT_UNNAMED_START.test(source)) continue;
    const words = source.split(POSTMODIFIER)[0]!.trim().split(/\s+/);
    if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) continue;
    const head = words[words.length - 1]!.toLowerCase();
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
}
const sorted = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1]);
console.log(
  `known heads: ${sorted
    .filter(([w]) => known(w))
    .map(([w, n]) => `${w}:${n}`)
    .join(' ')}`,
);
console.log(
  `unknown heads: ${sorted
    .filter(([w]) => !known(w))
    .map(([w, n]) => `${w}:${n}`)
    .join(' ')}`,
);
