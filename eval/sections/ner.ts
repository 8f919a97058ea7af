/**
 * Entity tagger vs compromise, side by side:
 *  1. CoNLL-2003 eng.testa, exact-span F1 with conlleval conventions (our GROUP and OTHER count as MISC);
 *     our tagger reads the corpus tokens per document, compromise the sentence text (tokens joined by spaces).
 *  2. ../shared/data/entity-gold through ../shared/tools/score_entities.py (--utf16), on the raw article text.
 * Reads ../shared in place; runnable alone: `npx tsx eval/sections/ner.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tagDocument } from '../../src/analysis/entities/document';
import { entityKey } from '../../src/analysis/entities/keys';
import { loadEntityRecognizerFromDisk, MODEL_PATH } from '../../src/analysis/entities/load-from-disk';
import { loadModel } from '../../src/analysis/entities/model';
import { TYPES, type TokenSpan } from '../../src/analysis/entities/labels';
import type { TypedSpan } from '../../src/analysis/types';
import { compromiseSpans } from '../../train/compromise-baseline';
import { CONLL_TYPES, conllScores, f1 } from '../../train/conll-score';
import { byDocument, readConll } from '../../train/corpora';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const num = (x: number): string => x.toFixed(3).padStart(7);

export default async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} not found`);
    return;
  }
  conll();
  entityGold();
}

function conll(): void {
  const sentences = readConll(join(SHARED, 'data/ner/conll2003/eng.testa'));
  const model = loadModel(new Uint8Array(readFileSync(MODEL_PATH)));
  const docs = byDocument(sentences);
  const gold: TokenSpan[][] = [];
  const ours: TokenSpan[][] = [];
  const theirs: TokenSpan[][] = [];
  for (const doc of docs.values()) {
    gold.push(...doc.map((s) => s.spans));
    ours.push(
      ...tagDocument(
        model,
        doc.map((s) => s.tokens),
      ),
    );
    theirs.push(...doc.map((s) => compromiseOnTokens(s.tokens)));
  }
  const a = conllScores(gold, ours);
  const b = conllScores(gold, theirs);
  console.log(`## NER: CoNLL-2003 eng.testa (${sentences.length} sentences), exact-span P/R/F1 (conlleval)`);
  console.log(`type    gold |  tagger P     R    F1 | compromise P  R    F1`);
  for (const t of [...CONLL_TYPES, 'ALL']) {
    const x = f1(a[t]!);
    const y = f1(b[t]!);
    console.log(
      `${t.padEnd(5)} ${String(a[t]!.gold).padStart(6)} | ${pct(x.p)}${pct(x.r)}${pct(x.f)} | ${pct(y.p)}${pct(y.r)}${pct(y.f)}`,
    );
  }
}

/** compromise on the sentence text, its character spans mapped back to whole corpus tokens. */
function compromiseOnTokens(tokens: readonly string[]): TokenSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    starts.push(text.length + (text ? 1 : 0));
    text += (text ? ' ' : '') + t;
  }
  const tokenAt = (offset: number): number => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return i;
  };
  return compromiseSpans(text).map((s) => ({
    start: tokenAt(s.start),
    end: tokenAt(s.end - 1) + 1,
    type: TYPES.indexOf(s.type),
  }));
}

interface Scores {
  [k: string]: { f1: number; p: number; r: number } | unknown;
}

function entityGold(): void {
  const dir = join(SHARED, 'data/entity-gold');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
  const recognizer = loadEntityRecognizerFromDisk();
  const tmp = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  try {
    const ours = score(
      tmp,
      'tagger',
      articles.flatMap((id) => {
        const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
        return recognizer.recognize(text).flatMap((e) =>
          e.mentions.map((m) => ({
            article_id: id,
            start: m.start,
            end: m.end,
            type: e.type,
            entity: e.key,
            text: m.text,
          })),
        );
      }),
    );
    const theirs = score(
      tmp,
      'compromise',
      articles.flatMap((id) => {
        const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
        // compromise has no resolution: mentions with the same type and text share a key.
        return compromiseSpans(text).map((s: TypedSpan) => ({
          article_id: id,
          start: s.start,
          end: s.end,
          type: s.type,
          entity: entityKey(s.type, s.text),
          text: s.text,
        }));
      }),
    );
    console.log(`\n## NER: entity-gold (${articles.join(', ')}), score_entities.py --utf16`);
    console.log(`measure                              tagger  compromise`);
    const row = (label: string, get: (s: Scores) => number): void =>
      console.log(`${label.padEnd(34)} ${num(get(ours))}  ${num(get(theirs))}`);
    const f =
      (k: string) =>
      (s: Scores): number =>
        (s[k] as { f1: number }).f1;
    for (const t of ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER']) row(`typed exact F1 ${t}`, f(`typed_${t}`));
    row('typed exact F1 PERSON+ORG+PLACE', f('typed_core'));
    row('typed exact F1 all types', f('typed_all'));
    row('untyped exact F1', f('untyped_exact'));
    row('lenient overlap F1 (untyped)', f('lenient_untyped'));
    row('lenient overlap F1 (typed)', f('lenient_typed'));
    row('resolved entities, strict', (s) => (s.er as { strict_rate: number }).strict_rate);
    row('resolved entities, conditional', (s) => (s.er as { conditional_rate: number }).conditional_rate);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function score(tmp: string, name: string, rows: object[]): Scores {
  const pred = join(tmp, `${name}.jsonl`);
  const out = join(tmp, `${name}.json`);
  writeFileSync(pred, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  execFileSync(
    'python3',
    [join(SHARED, 'tools/score_entities.py'), pred, '--utf16', '--merge-misc', 'no', '--json', out],
    { encoding: 'utf8' },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Scores;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
