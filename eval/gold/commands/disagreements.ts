import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointToUtf16 } from '../../lib/code-points';
import type { Decisions } from '../adjudicate';
import type { Offsets } from '../annotation';
import { compare, disagreementIds, type Cluster } from '../compare';
import { inContext } from '../context';
import { ROOT } from '../manifest';
import { DRAFTS_DIR } from './convert';
import { checkedText, loadPair, pairArgs } from './pair';
import { isInside } from './texts';

const USAGE = 'usage: npm run gold -- disagreements A B [ID…] [--template DIR]';

/**
 * `npm run gold -- disagreements A B [ID…] [--template DIR]`: every difference between the passes, with its
 * context printed from ../shared; `--template` also writes DIR/<id>.json, a decisions file to fill in.
 */
export function disagreementsCommand(args: string[]): number {
  const at = args.indexOf('--template');
  const templateDir = at === -1 ? null : (args[at + 1] ?? '');
  const parsed = pairArgs(at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)]);
  if (typeof parsed === 'string' || templateDir === '') {
    console.error(`${typeof parsed === 'string' ? parsed : '--template needs a folder'}\n${USAGE}`);
    return 2;
  }
  if (templateDir !== null && isInside(templateDir, ROOT)) {
    console.error(
      `refused: decisions may quote the text, keep them outside the project (e.g. ${DRAFTS_DIR}/adjudication)`,
    );
    return 2;
  }
  const { names, ids } = parsed;
  let failed = 0;
  for (const id of ids) {
    const pair = loadPair(names, id);
    const text = typeof pair === 'string' ? null : checkedText(pair.article);
    if (typeof pair === 'string' || text === null) {
      console.log(`\n## ${id}: ${typeof pair === 'string' ? pair : 'the text in ../shared changed'}`);
      failed++;
      continue;
    }
    const toUtf16 = codePointToUtf16(text);
    const quote = (s: Offsets): string => `«${text.slice(toUtf16[s.start], toUtf16[s.end])}»`;
    const where = (s: Offsets): string => inContext(text, toUtf16[s.start]!, toUtf16[s.end]!, 50);
    const comparison = compare(pair.a, pair.b);
    const ids_ = disagreementIds(comparison);
    console.log(`\n## ${id}: ${ids_.length} disagreements (${names[0]} vs ${names[1]})`);
    const show = <T extends Offsets>(clusters: Cluster<T>[], describe: (x: T) => string): void => {
      for (const c of clusters.filter((x) => x.id)) {
        console.log(`${c.id!.padEnd(5)} ${where(c)}`);
        for (const [name, items] of [
          [names[0], c.a],
          [names[1], c.b],
        ] as const)
          console.log(
            `      ${name}: ${items.length ? items.map((x) => `${describe(x)} ${quote(x)}`).join('; ') : '(nothing)'}`,
          );
      }
    };
    show(comparison.mentions, (m) => `${m.type} ${m.entity}`);
    for (const k of comparison.keys) {
      console.log(`${k.id.padEnd(5)} ${names[0]}: ${k.keyA}  ${names[1]}: ${k.keyB}  (${k.spans.length} mention(s))`);
      for (const s of k.spans.slice(0, 3)) console.log(`      ${where(s)}`);
    }
    show(comparison.attributions, (s) => `${s.kind}${s.category ? ` ${s.category}` : ''}`);
    show(comparison.events, (e) => `${e.date} [${e.entities.join(', ')}]`);
    if (templateDir !== null) {
      const file = join(templateDir, `${id}.json`);
      if (existsSync(file)) {
        console.log(`kept ${file} (it exists)`);
        continue;
      }
      const template: Decisions = {
        id,
        passes: { [names[0]]: pair.fileSha[0], [names[1]]: pair.fileSha[1] },
        decisions: Object.fromEntries(ids_.map((d) => [d, null])),
        add: { mentions: [], vague_spans: [], soft_spans: [], named_not_vague: [], events: [] },
      };
      mkdirSync(templateDir, { recursive: true });
      writeFileSync(file, JSON.stringify(template, null, 2) + '\n');
      console.log(`wrote ${file}`);
    }
  }
  return failed ? 1 : 0;
}
