import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAttributions } from '../../src/analysis/attributions';
import { COMMON_WORDS, isNationalityPlural } from '../../src/analysis/attributions/lexicon';
import { splitSentences } from '../../src/analysis/text/sentences';
import type { Attribution } from '../../src/analysis/types';
import type { Recognize } from './entities';
import { SHARED } from './gold';

/**
 * Named-vs-unnamed labels derived from PolNeAR's source spans (dev split), to validate the detector on
 * articles it was not tuned on:
 *  - named: the source's head word (its last word before a comma or "who") is capitalised and not a
 *    nationality ("Ed Henry", "Roscosmos", "the Tax Policy Center"); flagging one is a named false positive.
 *  - unnamed: no capital after the first word, no pronoun, relative or definite article at the start, and a
 *    cue of saying or believing ("officials said", "many economists believe"); a recall proxy.
 * The labels come from surface form only, so both counts are estimates; the mismatches are printed to read.
 */
const SPLITS = join(SHARED, 'data/attribution/polnear/data');
const SPEECH_CUE =
  /\b(?:said|say|says|told|according to|believes?|argued?|warned?|claimed?|think|fears?|expects?|suggest(?:ed|s)?|insist(?:ed|s)?|acknowledged|noted|added|confirmed|reported)\b/i;
const NOT_UNNAMED_START = /^(?:he|she|it|they|we|i|you|who|which|that|the|this|these|his|her|their|its|our|my)\b/i;

interface Span {
  start: number;
  end: number;
  text: string;
}

function head(source: string): string {
  const words = source
    .split(/,|\swho\s/)[0]!
    .trim()
    .split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/['\u2019]s?$/, '');
}

function relations(file: string): { source: Span; cue: Span }[] {
  const spans = new Map<string, Span>();
  const out: { source: Span; cue: Span }[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\w+ (\d+) (\d+)\t(.*)$/.exec(line);
    if (m) spans.set(m[1]!, { start: Number(m[2]), end: Number(m[3]), text: m[4]! });
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
    if (source && cue) out.push({ source, cue });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** `split` is "dev" in the eval; "train" serves rule development, as it is never scored. */
export function polnearLabels(recognize: Recognize | null, split = 'dev'): void {
  const DEV = join(SPLITS, split);
  if (!existsSync(DEV)) {
    console.log(`skipped: ${DEV} not found`);
    return;
  }
  let named = 0;
  let unnamed = 0;
  let hit = 0;
  const namedFlags: string[] = [];
  const missed: string[] = [];
  const done = new Set<string>();
  // Some articles are annotated twice; the first annotation of each is used.
  for (const file of readdirSync(join(DEV, 'attributions')).sort()) {
    const article = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (done.has(article)) continue;
    done.add(article);
    const text = readFileSync(join(DEV, 'text', `${article}.txt`), 'utf8');
    const flags: Attribution[] = detectAttributions(
      text,
      splitSentences(text),
      recognize ? recognize(text) : [],
    ).filter((a) => a.category !== 'OUTLET_RELAY');
    for (const { source, cue } of relations(join(DEV, 'attributions', file))) {
      const h = head(source.text);
      const commonWord = source.text.trim() === h && COMMON_WORDS.has(h.toLowerCase());
      if (/^\p{Lu}/u.test(h) && !isNationalityPlural(h) && !commonWord) {
        named++;
        const f = flags.find((a) => overlaps(a, source));
        if (f) namedFlags.push(`${f.category} «${f.text}» (PolNeAR source: ${source.text})`);
      } else if (
        SPEECH_CUE.test(cue.text) &&
        !NOT_UNNAMED_START.test(source.text) &&
        !source.text
          .split(/\s+/)
          .slice(1)
          .some((w) => /^\p{Lu}/u.test(w))
      ) {
        unnamed++;
        if (flags.some((a) => overlaps(a, source) || overlaps(a, cue))) hit++;
        else missed.push(`${source.text} | ${cue.text}`);
      }
    }
  }
  console.log(
    `PolNeAR ${split}, derived labels (${done.size} articles): ${named} named sources, ${namedFlags.length} of them flagged`,
  );
  // PolNeAR dev holds the articles of the team's frozen test split: its errors are never printed.
  const showErrors = split !== 'dev';
  if (showErrors) for (const f of namedFlags) console.log(`  ${f}`);
  console.log(
    `  ${unnamed} unnamed sources of saying/believing, ${hit} flagged: recall proxy ${(hit / Math.max(1, unnamed)).toFixed(3)}`,
  );
  if (showErrors) console.log(`  not flagged (source | cue): ${missed.join(' · ')}`);
}
