import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAYERS, type Annotation } from './annotation';
import { NEWS_DIR } from './manifest';

export const PASSES_DIR = join(NEWS_DIR, 'passes');
export const GOLD_DIR = join(NEWS_DIR, 'gold');

export const passPath = (pass: string, id: string): string => join(PASSES_DIR, pass, `${id}.json`);
export const goldPath = (id: string): string => join(GOLD_DIR, `${id}.json`);

/** A pass's name: a short word ("A", "B"); "gold" is the adjudicated set's. */
export function checkPassName(pass: string | undefined): string | null {
  if (!pass || !/^[A-Za-z0-9-]{1,20}$/.test(pass)) return 'a pass is named with letters, digits or -, e.g. A';
  return pass === 'gold' ? '"gold" is the adjudicated set, not a pass' : null;
}

/** The ids with a file in a folder of annotations (a pass's, or the gold's). */
export function annotatedIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function readAnnotation(path: string): Annotation {
  return JSON.parse(readFileSync(path, 'utf8')) as Annotation;
}

/** One item per line, so a change shows as the lines of the spans it touches. */
export function formatAnnotation(a: Annotation): string {
  const head = (['id', 'pass', 'text_sha256', 'text_length'] as const).map(
    (k) => `  ${JSON.stringify(k)}: ${JSON.stringify(a[k])}`,
  );
  const layers = LAYERS.map((layer) => {
    const items = a[layer] as object[];
    if (items.length === 0) return `  ${JSON.stringify(layer)}: []`;
    return `  ${JSON.stringify(layer)}: [\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  });
  return `{\n${[...head, ...layers].join(',\n')}\n}\n`;
}

export function writeAnnotation(path: string, a: Annotation): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatAnnotation(a));
}
