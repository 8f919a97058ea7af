/**
 * Ablation of the tagger's post-tagging rules (src/analysis/entities/rules.ts): the recognizer with all of
 * them, then without each one, on the dev data, through text as the product reads it:
 *  - the news gold's dev and dev2 splits (eval/gold/news; test is never read here) through analyzeText,
 *    scored as `npm run eval -- news` scores them: typed exact F1 all types / PERSON+ORG+PLACE / untyped /
 *    resolved. The shipped weights learn from dev, so dev2, held out from training, is where a rule's worth
 *    on unseen news shows;
 *  - ../shared/data/entity-gold (score_entities.py --utf16): typed exact F1 all types, PERSON+ORG+PLACE,
 *    untyped exact F1, resolved entities (strict);
 *  - CoNLL-2003 eng.testa through text (recognizer alone, no language gate), CoNLL's four types;
 *  - the held-out tenth of GMB through text, our five types.
 * Reads ../shared in place; runnable alone: `npx tsx eval/sections/ner-rules.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEntityRecognizer, type EntityRecognizer } from '../../src/analysis/entities';
import { TYPES, type TokenSpan } from '../../src/analysis/entities/labels';
import { MODEL_PATH } from '../../src/analysis/entities/load-from-disk';
import { ALL_RULES, RULES, type Rule } from '../../src/analysis/entities/rules';
import { conllScores, f1 } from '../../train/conll-score';
import { byDocument, readConll, readGmb, splitGmb, type LabeledSentence } from '../../train/corpora';
import { entityGoldArticles, entityGoldText, f1Of, scoreEntityGold, strictResolved } from '../lib/entity-gold';
import { tagThroughText } from '../lib/text-path';
import { loadNewsGold, type GoldArticle } from '../news/articles';
import { f1 as newsF1 } from '../news/entity-score';
import { evaluate } from '../news/evaluate';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const num = (x: number): string => x.toFixed(3).padStart(7);

export default async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} not found`);
    return;
  }
  const bytes = new Uint8Array(readFileSync(MODEL_PATH));
  const testa = readConll(join(SHARED, 'data/ner/conll2003/eng.testa'));
  const gmb = splitGmb(readGmb(join(SHARED, 'data/ner/gmb/gmb_ner.conll'))).heldOut;
  const news = loadNewsGold().articles;
  const newsDev = news.filter((a) => a.split === 'dev');
  const newsDev2 = news.filter((a) => a.split === 'dev2');
  console.log('## NER rules ablation: each rule switched off alone (dev data, through text)');
  console.log(
    `news dev: ${newsDev.length} articles (in-sample for the weights), dev2: ${newsDev2.length} (held out); all / P+O+P / untyped / resolved`,
  );
  console.log(
    'rules            news dev all   P+O+P untyped resolved | dev2 all   P+O+P untyped resolved | gold all  gold P+O+P  gold untyped  gold resolved  testa F1  GMB F1',
  );
  const configs: [string, ReadonlySet<Rule>][] = [
    ['all', ALL_RULES],
    ...RULES.map((r): [string, ReadonlySet<Rule>] => [`- ${r}`, new Set(RULES.filter((x) => x !== r))]),
    ['none', new Set<Rule>()],
  ];
  for (const [name, rules] of configs) {
    const recognizer = createEntityRecognizer(bytes, rules);
    const gold = goldScores(recognizer);
    const conll = corpusF1(testa, recognizer, false);
    const silver = corpusF1(gmb, recognizer, true);
    console.log(
      `${name.padEnd(16)} ${newsCells(newsDev, recognizer)} | ${newsCells(newsDev2, recognizer)} | ${num(gold.all)}  ${num(gold.core)}     ${num(gold.untyped)}        ${num(gold.resolved)}   ${(100 * conll).toFixed(1).padStart(6)}  ${(100 * silver).toFixed(1).padStart(6)}`,
    );
  }
}

/** The four news measures of one split, or dashes when it has no adjudicated article. */
function newsCells(articles: readonly GoldArticle[], recognizer: EntityRecognizer): string {
  const news = articles.length ? evaluate(articles, recognizer, null).entities : null;
  return news
    ? [newsF1(news.typed.ALL).f, newsF1(news.typed.CORE).f, newsF1(news.untyped).f, news.strict[0] / news.strict[1]]
        .map(num)
        .join(' ')
    : '      —       —       —       —';
}

function goldScores(recognizer: EntityRecognizer): { all: number; core: number; untyped: number; resolved: number } {
  const s = scoreEntityGold(
    SHARED,
    entityGoldArticles(SHARED).flatMap((id) =>
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
  return {
    all: f1Of(s, 'typed_all'),
    core: f1Of(s, 'typed_core'),
    untyped: f1Of(s, 'untyped_exact'),
    resolved: strictResolved(s),
  };
}

/** Exact-span F1 over all types through text (CoNLL's four, or with `ours` our five). */
function corpusF1(sentences: readonly LabeledSentence[], recognizer: EntityRecognizer, ours: boolean): number {
  const gold: TokenSpan[][] = [];
  const pred: TokenSpan[][] = [];
  for (const doc of byDocument(sentences).values()) {
    gold.push(...doc.map((s) => s.spans));
    pred.push(
      ...tagThroughText(
        doc.map((s) => s.tokens),
        (t) => recognizer.recognize(t),
      ),
    );
  }
  return f1(conllScores(gold, pred, ours ? (t) => TYPES[t]! : undefined).ALL!).f;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
