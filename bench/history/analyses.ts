import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeText } from '../../src/analysis/analyze';
import { loadEntityRecognizerFromDisk, MODEL_PATH } from '../../src/analysis/entities/load-from-disk';
import type { Analysis } from '../../src/analysis/types';
import type { Reading } from './plan';

const ROOT = join(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.scratch/bench-history');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

/** Changes whenever the analysis code, the weights or the history does: a stale cache is never used. */
function cacheKey(readings: Reading[]): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'src/analysis')), MODEL_PATH]) {
    hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  for (const r of readings) hash.update(`${r.url}\n${r.published}\n${r.text.text.length}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Each reading analysed once in Node, as the background would analyse the page (its title, URL and publication
 * date), cached in .scratch/ so that re-running the bench does not tag 1.6 million words again.
 */
export function analyseAll(readings: Reading[], log: (line: string) => void): Analysis[] {
  const file = join(CACHE, `analyses-${cacheKey(readings)}.jsonl`);
  if (existsSync(file)) {
    log(`analyses from the cache ${relative(ROOT, file)}`);
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Analysis);
  }
  const recognizer = loadEntityRecognizerFromDisk();
  const out: Analysis[] = [];
  const started = performance.now();
  for (const [i, r] of readings.entries()) {
    out.push(
      analyzeText(
        r.text.text,
        { title: r.text.title, url: r.url, published: r.published, site: r.text.site },
        recognizer,
      ),
    );
    if ((i + 1) % 1000 === 0)
      log(`analysed ${i + 1}/${readings.length} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, out.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return out;
}
