/**
 * The news gold set (eval/gold): the product through analyzeText on each article's analysed text, dev, dev2
 * and test side by side, with the old dev sets (../shared entity-gold and vague-gold) scored the same way.
 * Works from whatever articles have adjudicated gold. `--errors` lists dev and dev2 errors; test errors are
 * never printed (the test split is frozen). Runnable alone: `npx tsx eval/sections/news.ts [--errors]`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAttributionTaggerFromDisk } from '../../src/analysis/attributions/learned/load-from-disk';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { codePointToUtf16 } from '../lib/code-points';
import { SHARED } from '../gold/manifest';
import { loadNewsGold, loadOldDevSets, type GoldArticle } from '../news/articles';
import { f1, type ScoredMention } from '../news/entity-score';
import { evaluate, type SetScore } from '../news/evaluate';

export default async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const errors = args.includes('--errors');
  if (args.some((a) => a.startsWith('--errors=') && a !== '--errors=dev') || (errors && args.includes('test')))
    throw new Error(
      'refused: test errors are never printed (the test split is frozen); --errors lists dev and dev2 only',
    );
  console.log(
    '## News gold: the product through analyzeText (the CLI and extension path), dev | dev2 | test | old dev sets',
  );
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} not found`);
    return;
  }
  const { articles, problems } = loadNewsGold();
  for (const p of problems) console.log(`WARNING ${p}`);
  if (articles.length === 0)
    console.log(
      'the news gold is missing: no article is adjudicated yet (eval/gold/news/gold/); see eval/gold/README.md',
    );
  const recognizer = loadEntityRecognizerFromDisk();
  const tagger = loadAttributionTaggerFromDisk();
  const split = (s: GoldArticle['split']) => articles.filter((a) => a.split === s);
  const scores = [
    evaluate(split('dev'), recognizer, tagger),
    evaluate(split('dev2'), recognizer, tagger),
    evaluate(split('test'), recognizer, tagger),
    evaluate(loadOldDevSets(), recognizer, tagger),
  ];
  table(scores);
  if (errors) {
    printDevErrors('dev', scores[0]!);
    printDevErrors('dev2', scores[1]!);
  }
}

function table(scores: SetScore[]): void {
  const cell = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits)).padStart(9);
  const row = (label: string, get: (s: SetScore) => number | null, digits = 3): void =>
    console.log(`${label.padEnd(44)}${scores.map((s) => cell(get(s), digits)).join('')}`);
  console.log(`${'measure'.padEnd(44)}${['dev', 'dev2', 'test', 'old dev'].map((s) => s.padStart(9)).join('')}`);
  row('articles', (s) => s.articles, 0);
  row('gold mentions', (s) => s.entities?.typed.ALL.gold ?? null, 0);
  row('entities typed exact F1, all 5 types', (s) => (s.entities ? f1(s.entities.typed.ALL).f : null));
  row('entities typed exact F1, PERSON+ORG+PLACE', (s) => (s.entities ? f1(s.entities.typed.CORE).f : null));
  row('entities untyped exact F1', (s) => (s.entities ? f1(s.entities.untyped).f : null));
  row('entities resolved (strict)', (s) =>
    s.entities?.strict[1] ? s.entities.strict[0] / s.entities.strict[1] : null,
  );
  row('gold vague spans', (s) => s.vague?.gold ?? null, 0);
  row('vague attributions recall', (s) => s.vague?.recall ?? null);
  row('vague attributions precision', (s) => s.vague?.precision ?? null);
  row('vague named false flags (count)', (s) => s.vague?.namedFp ?? null, 0);
  row('vague false flags per 1,000 words', (s) => s.vague?.falsePer1kWords ?? null, 2);
  row('gold dated events', (s) => s.events?.gold ?? null, 0);
  row('dated events recall', (s) => (s.events?.gold ? s.events.matched / s.events.gold : null));
  row('dated events precision', (s) => (s.events?.predicted ? s.events.matched / s.events.predicted : null));
  row('dated events date right', (s) =>
    s.events && s.events.matched + s.events.wrongDate
      ? s.events.matched / (s.events.matched + s.events.wrongDate)
      : null,
  );
  console.log(
    'entities: score_entities.py definitions (eval/news/entity-score.ts); resolved (strict) = gold entities with ≥ 2 mentions\n' +
      'whose mentions are all found with one key no other entity shares. vague: overlap scoring of\n' +
      '../shared/docs/vague-attributions.md, OUTLET_RELAY not a flag. events: same date + overlapping span, one-to-one;\n' +
      'date right = matched / gold events overlapped by a prediction. Old dev sets: entity-gold (entities, events) and\n' +
      'vague-gold, through the same path (the ner, vague and events sections score them their own way).\n' +
      'The shipped entity weights learn from the dev split (npm run train: --news-dev 3), so the entity rows of the dev\n' +
      'column are in-sample; held-out dev figures for entities come from cross-validation (npx tsx train/news-cv.ts)\n' +
      "and from dev2, drawn later from dev's publishers and held out from all training.",
  );
}

function printDevErrors(name: 'dev' | 'dev2', dev: SetScore): void {
  console.log(`\n### ${name} errors (test errors are never printed)`);
  const clip = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 110);
  for (const e of dev.entities?.errors ?? []) {
    const text = dev.texts.get(e.id)!;
    const unit = codePointToUtf16(text);
    const show = (m: ScoredMention): string => `«${text.slice(unit[m.start], unit[m.end])}» ${m.type}`;
    if (e.missed.length) console.log(`${e.id}: entities missed or mistyped: ${e.missed.map(show).join('; ')}`);
    if (e.falsePredictions.length)
      console.log(`${e.id}: entities false or mistyped: ${e.falsePredictions.map(show).join('; ')}`);
  }
  for (const { id, entities } of dev.entities?.unresolved ?? []) {
    const text = dev.texts.get(id)!;
    const unit = codePointToUtf16(text);
    for (const u of entities) {
      const shown = u.mentions.map((m) => `«${text.slice(unit[m.start], unit[m.end])}» ${m.key ?? '(no exact span)'}`);
      const shared = u.sharedWith.length ? ` | key shared with ${u.sharedWith.join(', ')}` : '';
      console.log(`${id}: unresolved ${u.entity}: ${shown.join('; ')}${shared}`);
    }
  }
  for (const f of dev.vague?.falseFlags ?? []) console.log(`vague false flag ${f}`);
  for (const m of dev.vague?.missed ?? []) console.log(`vague missed ${m}`);
  for (const { id, match } of dev.events?.errors ?? []) {
    const text = dev.texts.get(id)!;
    for (const { gold, near } of match.missed)
      console.log(
        `event MISS ${id} ${gold.date}${near ? ` (predicted ${near.date})` : ''}: ${clip(text.slice(gold.start, gold.end))}`,
      );
    for (const p of match.falsePositives) console.log(`event FP   ${id} ${p.date}: ${clip(p.text)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
