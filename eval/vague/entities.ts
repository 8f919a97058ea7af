import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/analysis/types';

/**
 * The real entity recogniser, when its code and weights are in the tree; otherwise null and the eval runs
 * with no entities (the detector then falls back on capitalisation) and says so.
 */
export type Recognize = (text: string) => Entity[];

const ROOT = join(import.meta.dirname, '../..');

export async function loadRecognizer(): Promise<{ recognize: Recognize | null; note: string }> {
  const loader = join(ROOT, 'src/analysis/entities/load-from-disk.ts');
  if (!existsSync(loader)) return { recognize: null, note: 'entity recogniser not in the tree: entities = []' };
  try {
    const mod = (await import(loader)) as { loadEntityRecognizerFromDisk: () => { recognize: Recognize } };
    const recognizer = mod.loadEntityRecognizerFromDisk();
    return { recognize: (text) => recognizer.recognize(text), note: 'entities from loadEntityRecognizerFromDisk()' };
  } catch (e) {
    return {
      recognize: null,
      note: `entity recogniser failed to load (${e instanceof Error ? e.message : String(e)}): entities = []`,
    };
  }
}
