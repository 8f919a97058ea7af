import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../../src/analysis/analyze';
import { loadEntityRecognizerFromDisk } from '../../../src/analysis/entities/load-from-disk';
import { codePointToUtf16, utf16ToCodePoint } from '../../lib/code-points';
import { matchEvents } from '../../lib/event-match';
import { fromAnnotation } from '../../news/articles';
import { f1 } from '../../news/entity-score';
import { evaluate } from '../../news/evaluate';
import { loadGold } from '../../vague/gold';
import { score } from '../../vague/score';
import { LAYERS, type Annotation, type Offsets } from '../annotation';
import { codePointLength, textSha256 } from '../article-text';
import { convertDraft } from '../convert';
import { checkDraft } from '../draft';
import { SHARED } from '../manifest';
import { draftSpanAt } from '../resolve-spans';

const ID = 'wapo-1';

interface SharedGold {
  text_sha256: string;
  publication_date: string;
  [layer: string]: unknown;
}

/**
 * `npm run gold -- check-pipeline`: the tools end to end on ../shared's wapo-1 gold, which both entity-gold
 * and vague-gold annotate: drafts made from the gold files by script (in a temporary folder) → convert →
 * validate → the same offsets as the gold → the news scorer, against score_entities.py, the vague eval's
 * scorer and the events eval's matching on the same predictions. Exits 1 on any difference.
 */
export function checkPipelineCommand(): number {
  const entityGold = JSON.parse(readFileSync(join(SHARED, 'data/entity-gold', `${ID}.json`), 'utf8')) as SharedGold;
  const vagueGold = JSON.parse(readFileSync(join(SHARED, 'data/vague-gold', `${ID}.json`), 'utf8')) as SharedGold;
  const text = readFileSync(join(SHARED, 'data/entity-gold', `${ID}.txt`), 'utf8');
  const failures: string[] = [];
  const check = (what: string, ok: boolean, detail = ''): void => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
    if (!ok) failures.push(what);
  };
  check('entity-gold and vague-gold annotate the same text', entityGold.text_sha256 === vagueGold.text_sha256);
  check('the text is the one they annotate', textSha256(text) === entityGold.text_sha256);

  // 1. Drafts from the gold files, by script: every span as its text and occurrence.
  const unit = codePointToUtf16(text);
  const unplaceable: string[] = [];
  const spans = (items: unknown, fields: string[]): object[] =>
    (items as (Offsets & Record<string, unknown>)[]).flatMap((s) => {
      const at = draftSpanAt(text, unit[s.start]!, unit[s.end]!);
      if (!at) unplaceable.push(`${s.start}–${s.end}`);
      return at ? [{ ...at, ...Object.fromEntries(fields.map((f) => [f, s[f]])) }] : [];
    });
  const draft = {
    id: ID,
    text_sha256: entityGold.text_sha256,
    mentions: spans(entityGold.mentions, ['type', 'entity']),
    vague_spans: spans(vagueGold.vague_spans, ['category']),
    soft_spans: spans(vagueGold.soft_spans, ['category']),
    named_not_vague: spans(vagueGold.named_not_vague, []),
    events: spans(entityGold.events, ['date', 'entities']),
  };
  check('every gold span can be drafted as whole words', unplaceable.length === 0, unplaceable.join(', '));
  const dir = mkdtempSync(join(tmpdir(), 'gold-check-'));
  let annotation: Annotation | null = null;
  try {
    mkdirSync(join(dir, 'check'));
    writeFileSync(join(dir, 'check', `${ID}.json`), JSON.stringify(draft, null, 2));
    const { draft: read, problems } = checkDraft(
      JSON.parse(readFileSync(join(dir, 'check', `${ID}.json`), 'utf8')),
      ID,
    );
    check('the drafts are well formed', read !== null, problems.join('; '));
    // 2–3. Convert, which validates what it writes.
    const expected = { id: ID, pass: 'check', text_sha256: entityGold.text_sha256, text_length: codePointLength(text) };
    const result = read ? convertDraft(read, text, expected) : null;
    check('convert resolves and validates every span', !!result?.annotation, result?.problems.join('; '));
    annotation = result?.annotation ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!annotation) return 1;
  const gold: Record<(typeof LAYERS)[number], unknown> = {
    mentions: entityGold.mentions,
    vague_spans: vagueGold.vague_spans,
    soft_spans: vagueGold.soft_spans,
    named_not_vague: vagueGold.named_not_vague,
    events: entityGold.events,
  };
  for (const layer of LAYERS) {
    const fields = Object.keys((annotation[layer] as object[])[0] ?? { start: 0, end: 0 });
    const project = (items: unknown): string[] =>
      (items as Record<string, unknown>[]).map((x) => JSON.stringify(fields.map((f) => x[f]))).sort();
    const same = JSON.stringify(project(annotation[layer])) === JSON.stringify(project(gold[layer]));
    check(`${layer}: ${(annotation[layer] as object[]).length} converted spans equal the gold's`, same);
  }

  // 4. Scores through the news scorer against the existing scorers, on the same analysis.
  const recognizer = loadEntityRecognizerFromDisk();
  const news = evaluate([fromAnnotation(annotation, 'dev', text, entityGold.publication_date)], recognizer);
  const analysis = analyzeText(text, { published: entityGold.publication_date }, recognizer);
  const point = utf16ToCodePoint(text);
  const reference = scoreEntitiesReference(
    analysis.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        article_id: ID,
        start: point[m.start],
        end: point[m.end],
        type: e.type,
        entity: e.key,
        text: m.text,
      })),
    ),
  );
  const same = (what: string, ours: number, theirs: number): void =>
    check(what, Math.abs(ours - theirs) < 1e-9, `${ours.toFixed(3)} vs ${theirs.toFixed(3)}`);
  const e = news.entities!;
  same('entities typed exact F1, all types = score_entities.py', f1(e.typed.ALL).f, reference.typed_all.f1);
  same('entities typed exact F1, PERSON+ORG+PLACE = score_entities.py', f1(e.typed.CORE).f, reference.typed_core.f1);
  same('entities untyped exact F1 = score_entities.py', f1(e.untyped).f, reference.untyped_exact.f1);
  same('entities resolved (strict) = score_entities.py', e.strict[0] / e.strict[1], reference.er.strict_rate);
  const vague = score(
    loadGold().filter((g) => g.id === ID),
    new Map([[ID, analysis.attributions.filter((a) => a.category !== 'OUTLET_RELAY')]]),
  );
  same('vague recall = the vague eval', news.vague!.recall, vague.recall);
  same('vague precision = the vague eval', news.vague!.precision, vague.precision);
  same('vague named false flags = the vague eval', news.vague!.namedFp, vague.namedFp);
  const events = matchEvents(
    (entityGold.events as (Offsets & { date: string; entities: string[] })[]).map((x) => ({
      ...x,
      start: unit[x.start]!,
      end: unit[x.end]!,
    })),
    analysis.events,
  );
  same('events matched = the events eval’s matching', news.events!.matched, events.matched.length);
  console.log(failures.length ? `${failures.length} checks failed` : 'the pipeline reproduces the gold and the scores');
  return failures.length ? 1 : 0;
}

interface ReferenceScores {
  typed_all: { f1: number };
  typed_core: { f1: number };
  untyped_exact: { f1: number };
  er: { strict_rate: number };
}

function scoreEntitiesReference(rows: object[]): ReferenceScores {
  const dir = mkdtempSync(join(tmpdir(), 'gold-check-'));
  try {
    writeFileSync(join(dir, 'pred.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    execFileSync(
      'python3',
      [
        join(SHARED, 'tools/score_entities.py'),
        join(dir, 'pred.jsonl'),
        '--articles',
        ID,
        '--merge-misc',
        'no',
        '--json',
        join(dir, 'out.json'),
      ],
      { encoding: 'utf8' },
    );
    return JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ReferenceScores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
