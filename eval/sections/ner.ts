/**
 * Entity tagger vs compromise, side by side:
 *  1. Tokenised corpora, exact-span P/R/F1 as conlleval counts them, each scored two ways and labelled:
 *     "tokens": the corpus tokens fed to the tagger per document (`tagDocument`), and "text": the product's
 *     path (`analyzeText` on the tokens joined by spaces, one sentence a line, one text per document; spans
 *     mapped back to tokens, eval/lib/text-path.ts; also without analyzeText's language check, which
 *     leaves CoNLL's sports-results tables alone). CoNLL-2003 eng.testa in CoNLL's four types (our
 *     GROUP and OTHER count as MISC; compromise reads the text too); the held-out tenth of GMB and
 *     WNUT-17 dev in our five types, mapped to our conventions as training maps them (train/corpora.ts).
 *     eng.testb is not in ../shared (kept for independent evaluation), so it is not scored here.
 *  2. ../shared/data/entity-gold through ../shared/tools/score_entities.py (--utf16), on the raw article text.
 * Reads ../shared in place; runnable alone: `npx tsx eval/sections/ner.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText } from '../../src/analysis/analyze';
import { tagDocument } from '../../src/analysis/entities/document';
import type { EntityRecognizer } from '../../src/analysis/entities';
import { entityKey } from '../../src/analysis/entities/keys';
import { loadEntityRecognizerFromDisk, MODEL_PATH } from '../../src/analysis/entities/load-from-disk';
import { loadModel, type TaggerModel } from '../../src/analysis/entities/model';
import { TYPES, type TokenSpan } from '../../src/analysis/entities/labels';
import { detectLanguage } from '../../src/analysis/language';
import type { TypedSpan } from '../../src/analysis/types';
import { compromiseSpans } from '../../train/compromise-baseline';
import { CONLL_TYPES, conllScores, f1, type Prf } from '../../train/conll-score';
import { byDocument, readConll, readGmb, readWnut, splitGmb, type LabeledSentence } from '../../train/corpora';
import {
  entityGoldArticles,
  entityGoldText,
  f1Of,
  scoreEntityGold,
  strictResolved,
  type Scores,
} from '../lib/entity-gold';
import { tagThroughText } from '../lib/text-path';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const num = (x: number): string => x.toFixed(3).padStart(7);

export default async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} not found`);
    return;
  }
  const model = loadModel(new Uint8Array(readFileSync(MODEL_PATH)));
  const recognizer = loadEntityRecognizerFromDisk();
  const ner = join(SHARED, 'data/ner');
  corpus('CoNLL-2003 eng.testa', readConll(join(ner, 'conll2003/eng.testa')), model, recognizer, true);
  console.log('(eng.testb is not in ../shared: it is kept for independent evaluation.)');
  corpus(
    'GMB held-out tenth (pseudo-documents of 20 sentences; silver labels mapped to our conventions)',
    splitGmb(readGmb(join(ner, 'gmb/gmb_ner.conll'))).heldOut,
    model,
    recognizer,
    false,
  );
  corpus(
    'WNUT-17 dev (tweets; group → ORG, product and creative-work → OTHER)',
    readWnut(join(ner, 'wnut17/dev.conll')),
    model,
    recognizer,
    false,
  );
  entityGold(recognizer);
}

/** One corpus scored through both paths (and compromise on CoNLL), exact spans. */
function corpus(
  title: string,
  sentences: readonly LabeledSentence[],
  model: TaggerModel,
  recognizer: EntityRecognizer,
  conll: boolean,
): void {
  const gold: TokenSpan[][] = [];
  const tokens: TokenSpan[][] = [];
  const text: TokenSpan[][] = [];
  const ungated: TokenSpan[][] = [];
  const theirs: TokenSpan[][] = [];
  const docs = byDocument(sentences);
  for (const doc of docs.values()) {
    const words = doc.map((s) => s.tokens);
    gold.push(...doc.map((s) => s.spans));
    tokens.push(...tagDocument(model, words));
    text.push(...tagThroughText(words, (t) => analyzeText(t, {}, recognizer).entities));
    ungated.push(...tagThroughText(words, (t) => recognizer.recognize(t)));
    if (conll) theirs.push(...words.map(compromiseOnTokens));
  }
  const typeName = conll ? undefined : (t: number): string => TYPES[t]!;
  const columns: [string, Record<string, Prf>][] = [
    ['tokens → tagger', conllScores(gold, tokens, typeName)],
    ['text → analyzeText', conllScores(gold, text, typeName)],
    ['text, no language gate', conllScores(gold, ungated, typeName)],
  ];
  if (conll) columns.push(['compromise (text)', conllScores(gold, theirs)]);
  const gated = [...docs.values()].filter((d) => detectLanguage(d.map((s) => s.tokens.join(' ')).join('\n')) !== 'en');
  console.log(`\n## NER: ${title}; ${sentences.length} sentences, ${docs.size} documents; exact-span P/R/F1`);
  console.log(
    `(analyzeText leaves ${gated.length} documents alone as not English, with ${gated.reduce((n, d) => n + d.reduce((k, s) => k + s.spans.length, 0), 0)} gold names: ` +
      `"no language gate" is the same text through the recognizer alone.)`,
  );
  console.log(`type      gold | ${columns.map(([name]) => name.padEnd(20)).join(' | ')}`);
  console.log(`               | ${columns.map(() => '    P     R    F1  ').join(' | ')}`);
  for (const t of [...(conll ? CONLL_TYPES : TYPES), 'ALL']) {
    const cells = columns.map(([, sc]) => {
      const x = f1(sc[t]!);
      return `${pct(x.p)}${pct(x.r)}${pct(x.f)} `;
    });
    console.log(`${t.padEnd(7)} ${String(columns[0]![1][t]!.gold).padStart(6)} | ${cells.join(' | ')}`);
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

function entityGold(recognizer: EntityRecognizer): void {
  const articles = entityGoldArticles(SHARED);
  const ours = scoreEntityGold(
    SHARED,
    articles.flatMap((id) =>
      recognizer.recognize(entityGoldText(SHARED, id)).flatMap((e) =>
        e.mentions.map((m) => ({
          article_id: id,
          start: m.start,
          end: m.end,
          type: e.type,
          entity: e.key,
          text: m.text,
        })),
      ),
    ),
  );
  const theirs = scoreEntityGold(
    SHARED,
    articles.flatMap((id) =>
      // compromise has no resolution: mentions with the same type and text share a key.
      compromiseSpans(entityGoldText(SHARED, id)).map((s: TypedSpan) => ({
        article_id: id,
        start: s.start,
        end: s.end,
        type: s.type,
        entity: entityKey(s.type, s.text),
        text: s.text,
      })),
    ),
  );
  console.log(`\n## NER: entity-gold (${articles.join(', ')}), score_entities.py --utf16`);
  console.log(`measure                              tagger  compromise`);
  const row = (label: string, get: (s: Scores) => number): void =>
    console.log(`${label.padEnd(34)} ${num(get(ours))}  ${num(get(theirs))}`);
  const f =
    (k: string) =>
    (s: Scores): number =>
      f1Of(s, k);
  for (const t of ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER']) row(`typed exact F1 ${t}`, f(`typed_${t}`));
  row('typed exact F1 PERSON+ORG+PLACE', f('typed_core'));
  row('typed exact F1 all types', f('typed_all'));
  row('untyped exact F1', f('untyped_exact'));
  row('lenient overlap F1 (untyped)', f('lenient_untyped'));
  row('lenient overlap F1 (typed)', f('lenient_typed'));
  row('resolved entities, strict', strictResolved);
  row('resolved entities, conditional', (s) => (s.er as { conditional_rate: number }).conditional_rate);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
