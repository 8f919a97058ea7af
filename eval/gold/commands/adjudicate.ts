import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adjudicate, type Decisions, type Tally } from '../adjudicate';
import { goldPath, writeAnnotation } from '../annotation-file';
import { NEWS_DIR } from '../manifest';
import { DRAFTS_DIR } from './convert';
import { checkedText, loadPair, pairArgs } from './pair';

const USAGE = 'usage: npm run gold -- adjudicate A B [ID…] [--decisions DIR]   (DIR/<id>.json)';
export const TALLY_PATH = join(NEWS_DIR, 'adjudication.json');

interface TallyFile {
  passes: string[];
  articles: Record<string, Tally>;
}

/**
 * `npm run gold -- adjudicate A B [ID…] [--decisions DIR]`: passes + the adjudicator's decisions →
 * news/gold/<id>.json, and how each article's disagreements were settled → news/adjudication.json.
 */
export function adjudicateCommand(args: string[]): number {
  const at = args.indexOf('--decisions');
  const dir = at === -1 ? join(DRAFTS_DIR, 'adjudication') : args[at + 1];
  const parsed = pairArgs(at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)]);
  if (typeof parsed === 'string' || !dir) {
    console.error(`${typeof parsed === 'string' ? parsed : '--decisions needs a folder'}\n${USAGE}`);
    return 2;
  }
  const { names, ids } = parsed;
  const tallies: TallyFile = existsSync(TALLY_PATH)
    ? (JSON.parse(readFileSync(TALLY_PATH, 'utf8')) as TallyFile)
    : { passes: names, articles: {} };
  if (tallies.passes.join() !== names.join()) {
    console.error(`${TALLY_PATH} counts passes ${tallies.passes.join(' and ')}, not ${names.join(' and ')}`);
    return 2;
  }
  let failed = 0;
  for (const id of ids) {
    const problems = adjudicateOne(names, id, join(dir, `${id}.json`), tallies);
    if (problems.length) {
      failed++;
      console.log(`\n## ${id}: not written`);
      for (const p of problems) console.log(`PROBLEM ${p}`);
    }
  }
  tallies.articles = Object.fromEntries(Object.entries(tallies.articles).sort(([x], [y]) => x.localeCompare(y)));
  writeFileSync(TALLY_PATH, JSON.stringify(tallies, null, 2) + '\n');
  const all = Object.values(tallies.articles);
  const sum = (f: (t: Tally) => number): number => all.reduce((n, t) => n + f(t), 0);
  console.log(
    `\n${all.length} articles adjudicated: ${sum((t) => t.agreed)} agreed clusters; disagreements settled for ` +
      `${names[0]} ${sum((t) => t.settled[names[0]] ?? 0)}, for ${names[1]} ${sum((t) => t.settled[names[1]] ?? 0)}, ` +
      `for neither ${sum((t) => t.settled.neither ?? 0)}; ${sum((t) => t.added)} spans added by the adjudicator`,
  );
  return failed ? 1 : 0;
}

function adjudicateOne(names: [string, string], id: string, file: string, tallies: TallyFile): string[] {
  const pair = loadPair(names, id);
  if (typeof pair === 'string') return [pair];
  const text = checkedText(pair.article);
  if (text === null) return ['the analysed text in ../shared no longer matches the manifest'];
  if (!existsSync(file)) return [`${file} does not exist (npm run gold -- disagreements … --template makes it)`];
  let decisions: Decisions;
  try {
    decisions = JSON.parse(readFileSync(file, 'utf8')) as Decisions;
  } catch (e) {
    return [`${file}: ${e instanceof Error ? e.message : String(e)}`];
  }
  if (decisions.id !== id) return [`${file}: "id" is not ${id}`];
  if (decisions.passes?.[names[0]] !== pair.fileSha[0] || decisions.passes?.[names[1]] !== pair.fileSha[1])
    return ['the passes changed since these decisions were made: run disagreements again and review'];
  const result = adjudicate(pair.a, pair.b, names, decisions, text);
  if (!result.annotation) return result.problems;
  writeAnnotation(goldPath(id), result.annotation);
  tallies.articles[id] = result.tally;
  const t = result.tally;
  console.log(
    `${id}: ${t.agreed} agreed; settled ${names[0]} ${t.settled[names[0]]}, ${names[1]} ${t.settled[names[1]]}, ` +
      `neither ${t.settled.neither}; ${t.added} added → ${goldPath(id)}`,
  );
  return [];
}
