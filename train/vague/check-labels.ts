/**
 * The hand check of the derived labels (train/vague/README.md): counts PolNeAR train's derived labels by
 * label and reason, then prints a fixed sample of each label with its sentence, to be judged by reading.
 * Run: npx tsx train/vague/check-labels.ts [SAMPLE_PER_LABEL] [REASON] (REASON: sample only that reason)
 */
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { sentenceViews } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/text/sentences';
import { deriveLabels, type DerivedLabel, type DerivedSpan } from './derive-labels';
import { readPolnear } from './polnear';

const SAMPLE = Number(process.argv[2] ?? '40');
const REASON = process.argv[3];
const recognizer = loadEntityRecognizerFromDisk();
const byLabel = new Map<DerivedLabel, { article: string; span: DerivedSpan; text: string }[]>();
const reasons = new Map<string, number>();
for (const article of readPolnear('train')) {
  const sentences = splitSentences(article.text);
  const { views } = sentenceViews(article.text, sentences, recognizer.recognize(article.text, sentences));
  for (const span of deriveLabels(article, views)) {
    const key = `${span.label}: ${span.reason}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    if (REASON && span.reason !== REASON) continue;
    const list = byLabel.get(span.label) ?? [];
    list.push({ article: article.id, span, text: article.text });
    byLabel.set(span.label, list);
  }
}
for (const [key, n] of [...reasons].sort()) console.log(`${String(n).padStart(6)}  ${key}`);
for (const [label, list] of byLabel) {
  console.log(
    `\n${label}: ${list.length}; a sample of ${Math.min(SAMPLE, list.length)} (every ${Math.floor(list.length / SAMPLE)}th)`,
  );
  const stride = Math.max(1, Math.floor(list.length / SAMPLE));
  for (let i = 0; i < list.length && i / stride < SAMPLE; i += stride) {
    const { span, text } = list[i]!;
    const s = span.view.tokens[0]!.start;
    const e = span.view.tokens[span.view.tokens.length - 1]!.end;
    const shown = `${text.slice(s, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, e)}`;
    console.log(
      `  ${String(i / stride + 1).padStart(2)}. (${span.reason}) ${shown.replace(/\s+/g, ' ').slice(0, 260)}`,
    );
  }
}
