/**
 * Vague-attribution detector speed on one core, entities precomputed: the rules of words alone and with the
 * learned tagger (the shipped detector), on the bundled sample and on the sample's paragraphs repeated to
 * about 20,000 words; plus the tagger's weights size and load time. Runnable alone:
 * `npx tsx bench/sections/attributions.ts`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createAttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { ATTRIBUTION_MODEL_PATH } from '../../src/analysis/attributions/learned/load-from-disk';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { SAMPLE } from '../../src/cli/sample/article';
import { measureSpeed } from '../../eval/vague/speed';
import { wordCount } from '../../eval/vague/score';

const TARGET_WORDS = 20000;

export default async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(ATTRIBUTION_MODEL_PATH));
  const loads: number[] = [];
  let tagger = createAttributionTagger(bytes);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    tagger = createAttributionTagger(bytes);
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);
  console.log(
    `weights ${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip), load median ${loads[2]!.toFixed(1)} ms`,
  );
  const recognizer = loadEntityRecognizerFromDisk();
  const repeats = Math.ceil(TARGET_WORDS / wordCount(SAMPLE.text));
  const long = Array.from({ length: repeats }, () => SAMPLE.text).join('\n\n');
  console.log('text            words   rules words/s   rules+learned words/s');
  for (const [name, text] of [
    ['sample', SAMPLE.text],
    [`sample x${repeats}`, long],
  ] as const) {
    const docs = [{ text, entities: recognizer.recognize(text) }];
    const rules = measureSpeed(docs, null).detector;
    const both = measureSpeed(docs, tagger).detector;
    const rate = (n: number): string => Math.round(n).toLocaleString('en').padStart(13);
    console.log(`${name.padEnd(14)} ${String(wordCount(text)).padStart(6)}   ${rate(rules)}   ${rate(both)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
