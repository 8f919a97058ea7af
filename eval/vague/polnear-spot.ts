import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAttributions } from '../../src/analysis/attributions';
import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { splitSentences } from '../../src/analysis/text/sentences';
import type { Attribution, AttributionCategory } from '../../src/analysis/types';
import type { Recognize } from './entities';
import { SHARED } from './gold';
import { wordCount } from './score';

/**
 * PolNeAR spot check, on the train split (dev holds the articles of the team's frozen test split, whose
 * flags are never read): runs the detector on train articles, prints a sample of flags with their context to
 * read and judge, and measures how many flags sit on a span PolNeAR's annotators marked as an
 * attribution's source or cue (an automatic lower bound on "this is an attribution"; it says nothing about
 * vagueness, which is judged by reading).
 */
const TRAIN = join(SHARED, 'data/attribution/polnear/data/train');
const ARTICLES = 40;
const SAMPLE = 50;

interface Flag {
  article: string;
  attribution: Attribution;
  context: string;
  inPolnear: boolean;
}

function annotatedSpans(article: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const file of readdirSync(join(TRAIN, 'attributions')).filter((f) => f.startsWith(article + '_'))) {
    for (const line of readFileSync(join(TRAIN, 'attributions', file), 'utf8').split('\n')) {
      const m = /^T\d+\t(?:Source|Cue) (\d+) (\d+)/.exec(line);
      if (m) spans.push({ start: Number(m[1]), end: Number(m[2]) });
    }
  }
  return spans;
}

function context(text: string, a: Attribution): string {
  const from = Math.max(0, a.start - 90);
  const to = Math.min(text.length, a.end + 60);
  return `${text.slice(from, a.start)}[[${a.text}]]${text.slice(a.end, to)}`.replace(/\s+/g, ' ');
}

export function polnearSpotCheck(recognize: Recognize | null, tagger: AttributionTagger | null): void {
  if (!existsSync(TRAIN)) {
    console.log(`skipped: ${TRAIN} not found`);
    return;
  }
  const names = readdirSync(join(TRAIN, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / ARTICLES)) === 0)
    .slice(0, ARTICLES)
    .map((f) => f.replace(/\.txt$/, ''));
  const flags: Flag[] = [];
  let words = 0;
  for (const article of names) {
    const text = readFileSync(join(TRAIN, 'text', `${article}.txt`), 'utf8');
    words += wordCount(text);
    const spans = annotatedSpans(article);
    // PolNeAR's offsets are code points; the texts' few astral characters only shift offsets slightly,
    // which the overlap test tolerates.
    for (const a of detectAttributions(text, splitSentences(text), recognize ? recognize(text) : [], tagger)) {
      flags.push({
        article,
        attribution: a,
        context: context(text, a),
        inPolnear: spans.some((s) => s.start < a.end && a.start < s.end),
      });
    }
  }
  const byCategory = new Map<AttributionCategory, { n: number; inPolnear: number }>();
  for (const f of flags) {
    const c = byCategory.get(f.attribution.category) ?? { n: 0, inPolnear: 0 };
    c.n++;
    if (f.inPolnear) c.inPolnear++;
    byCategory.set(f.attribution.category, c);
  }
  const warnings = flags.filter((f) => f.attribution.category !== 'OUTLET_RELAY');
  console.log(
    `PolNeAR train: ${names.length} articles, ${words} words, ${warnings.length} flags (${((1000 * warnings.length) / words).toFixed(2)} per 1,000 words) + ${flags.length - warnings.length} outlet relays`,
  );
  console.log('category        flags  on a PolNeAR source/cue span');
  for (const [cat, c] of [...byCategory].sort())
    console.log(
      `${cat.padEnd(15)} ${String(c.n).padStart(5)}  ${c.inPolnear} (${((100 * c.inPolnear) / c.n).toFixed(0)}%)`,
    );
  // A fixed stride over all flags: a sample that is the same on every run.
  const stride = Math.max(1, warnings.length / SAMPLE);
  console.log(`sample of ${Math.min(SAMPLE, warnings.length)} flags (judge each by reading):`);
  for (let i = 0; i < warnings.length && i / stride < SAMPLE; i += stride) {
    const f = warnings[Math.floor(i)]!;
    console.log(
      `  ${String(Math.floor(i / stride) + 1).padStart(2)}. ${f.attribution.category.padEnd(14)} ${f.attribution.rule.padEnd(17)} ${f.inPolnear ? 'P' : '-'} ${f.context}`,
    );
  }
}
