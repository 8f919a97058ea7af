import nlp from 'compromise';
import { analyzeText } from '../../src/analysis/analyze';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { SAMPLE } from '../../src/cli/sample/article';

/**
 * Whole-pipeline throughput in Node on one core: the bundled sample, a 2,000-word article and a
 * 20,000-word text (the sample's paragraphs in a fixed shuffled order), with compromise's
 * people()/places()/organizations() on the same texts in the same run as a reference.
 */
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function longText(targetWords: number): string {
  const paragraphs = SAMPLE.text.split(/\n\n+/);
  const out: string[] = [];
  let seed = 7;
  let n = 0;
  while (n < targetWords) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const p = paragraphs[seed % paragraphs.length]!;
    out.push(p);
    n += words(p);
  }
  return out.join('\n\n');
}

function time(fn: () => void, minMs = 1500): { ms: number; runs: number } {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 3) {
    fn();
    runs++;
  }
  return { ms: (performance.now() - start) / runs, runs };
}

export default async function bench(): Promise<void> {
  const recognizer = loadEntityRecognizerFromDisk();
  const meta = { title: SAMPLE.title, url: SAMPLE.url, published: SAMPLE.published };
  const texts: [string, string][] = [
    ['sample', SAMPLE.text],
    ['2,000 words', longText(2000)],
    ['20,000 words', longText(20000)],
  ];
  console.log('text            words   backstory ms  words/s     compromise ms  words/s');
  for (const [name, text] of texts) {
    const w = words(text);
    const ours = time(() => analyzeText(text, meta, recognizer));
    const theirs = time(() => {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    });
    console.log(
      `${name.padEnd(14)} ${String(w).padStart(6)}   ${ours.ms.toFixed(1).padStart(10)}  ${Math.round(
        (w / ours.ms) * 1000,
      )
        .toLocaleString('en')
        .padStart(9)}   ${theirs.ms.toFixed(1).padStart(12)}  ${Math.round((w / theirs.ms) * 1000)
        .toLocaleString('en')
        .padStart(9)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
