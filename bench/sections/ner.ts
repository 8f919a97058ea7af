/**
 * Entity tagger speed on one core, next to compromise's people()/places()/organizations() on the same
 * text in the same run; plus weights size and load time. Text: the PolNeAR dev articles (modern news),
 * read in place from ../shared. Runnable alone: `npx tsx bench/sections/ner.ts`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createEntityRecognizer } from '../../src/analysis/entities';
import { MODEL_PATH } from '../../src/analysis/entities/load-from-disk';
import { tokenize } from '../../src/analysis/text/tokens';
import { compromiseSpans } from '../../train/compromise-baseline';

const TEXT_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/data/attribution/polnear/data/dev/text',
);

export default async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(MODEL_PATH));
  const loads: number[] = [];
  const loadsCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    createEntityRecognizer(bytes);
    const c = process.cpuUsage(c0);
    loads.push(performance.now() - t0);
    loadsCpu.push((c.user + c.system) / 1000);
  }
  loads.sort((a, b) => a - b);
  loadsCpu.sort((a, b) => a - b);
  console.log(`## NER: weights ${MODEL_PATH.split('/').slice(-3).join('/')}`);
  console.log(
    `size ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip; ` +
      `load (parse + tables) over 7 loads: wall median ${loads[3]!.toFixed(1)} ms (min ${loads[0]!.toFixed(1)}, max ${loads[6]!.toFixed(1)}), ` +
      `CPU median ${loadsCpu[3]!.toFixed(1)} ms`,
  );
  if (!existsSync(TEXT_DIR)) {
    console.log(`speed skipped: ${TEXT_DIR} not found`);
    return;
  }
  const texts = readdirSync(TEXT_DIR)
    .sort()
    .map((f) => readFileSync(join(TEXT_DIR, f), 'utf8'));
  const tokens = texts.reduce((n, t) => n + tokenize(t).length, 0);
  const recognizer = createEntityRecognizer(bytes);
  const ours = throughput(() => texts.forEach((t) => recognizer.recognize(t)), tokens);
  const theirs = throughput(() => texts.forEach((t) => compromiseSpans(t)), tokens);
  console.log(`text: ${texts.length} PolNeAR dev articles, ${tokens.toLocaleString('en')} tokens`);
  console.log(
    `tagger (recognize: tokenize, tag, resolve, roles)  ${Math.round(ours).toLocaleString('en').padStart(9)} tokens/CPU-s (median pass)`,
  );
  console.log(
    `compromise people()/places()/organizations()       ${Math.round(theirs).toLocaleString('en').padStart(9)} tokens/CPU-s (median pass)`,
  );
}

/**
 * Tokens per CPU-second of this process: the median pass (after two warm-up passes) over at least two
 * CPU-seconds. CPU time and the median, so that other processes on a shared machine count as little as possible.
 */
function throughput(pass: () => void, tokens: number): number {
  pass();
  pass();
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const times: number[] = [];
  for (const t0 = cpu(); cpu() - t0 < 2 || times.length < 5;) {
    const t = cpu();
    pass();
    times.push(cpu() - t);
  }
  times.sort((a, b) => a - b);
  return tokens / times[times.length >> 1]!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
