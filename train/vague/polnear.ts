import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointToUtf16 } from '../../eval/lib/code-points';
import type { Span } from '../../src/analysis/types';

/**
 * PolNeAR (networkdynamics/PolNeAR @ c3eee83, ../shared/data/attribution/polnear), read in place: each
 * article's text and its attributions' Source and Cue spans from the BRAT stand-off files. Offsets are
 * converted from code points to UTF-16; a discontinuous span keeps its fragments. Articles annotated twice
 * are read from their first annotation file (in name order), as the eval always did.
 */
export const POLNEAR_DATA = join(import.meta.dirname, '../../../shared/data/attribution/polnear/data');

export interface PolnearAttribution {
  /** The source's fragments, or null for PolNeAR's "Attribution-no-source". */
  source: Span[] | null;
  cue: Span[];
}

export interface PolnearArticle {
  id: string;
  text: string;
  attributions: PolnearAttribution[];
}

export type PolnearSplit = 'train' | 'dev';

export function polnearAvailable(split: PolnearSplit): boolean {
  return existsSync(join(POLNEAR_DATA, split, 'attributions'));
}

function fragments(offsets: string, table: number[]): Span[] {
  return offsets.split(';').map((pair) => {
    const [start, end] = pair.split(' ').map(Number) as [number, number];
    return { start: table[start]!, end: table[end]! };
  });
}

export function readAnnotation(ann: string, text: string): PolnearAttribution[] {
  const table = codePointToUtf16(text);
  const spans = new Map<string, Span[]>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\S+ ([\d; ]+)\t/.exec(line);
    if (m) spans.set(m[1]!, fragments(m[2]!, table));
  }
  const out: PolnearAttribution[] = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map(
      line
        .split('\t')[1]!
        .split(' ')
        .filter((kv) => kv.includes(':'))
        .map((kv) => kv.split(':') as [string, string]),
    );
    const cue = spans.get(args.get('Cue') ?? '');
    if (!cue) continue;
    out.push({ source: spans.get(args.get('Source') ?? '') ?? null, cue });
  }
  return out;
}

/** Every article of a split, in name order. */
export function readPolnear(split: PolnearSplit): PolnearArticle[] {
  const dir = join(POLNEAR_DATA, split);
  const seen = new Set<string>();
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(join(dir, 'attributions')).sort()) {
    const id = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(id)) continue;
    seen.add(id);
    const text = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8');
    articles.push({
      id,
      text,
      attributions: readAnnotation(readFileSync(join(dir, 'attributions', file), 'utf8'), text),
    });
  }
  return articles;
}
