import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ATTRIBUTION_MODEL_FILE, createAttributionTagger, type AttributionTagger } from './tagger';

/** Node only (CLI, eval, bench): the committed weights, found relative to this file. */
export const ATTRIBUTION_MODEL_PATH = fileURLToPath(
  new URL(`../../../../assets/public/model/${ATTRIBUTION_MODEL_FILE}`, import.meta.url),
);

/** The committed tagger, or null when its weights are not in the tree (the rules of words then run alone). */
export function loadAttributionTaggerFromDisk(path = ATTRIBUTION_MODEL_PATH): AttributionTagger | null {
  if (!existsSync(path)) return null;
  return createAttributionTagger(new Uint8Array(readFileSync(path)));
}
