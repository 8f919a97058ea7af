import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEntityRecognizer, MODEL_FILE, type EntityRecognizer } from './index';

/** Node only (CLI, eval, bench): the committed weights, found relative to this file. */
export const MODEL_PATH = fileURLToPath(new URL(`../../../assets/public/model/${MODEL_FILE}`, import.meta.url));

export function loadEntityRecognizerFromDisk(path = MODEL_PATH): EntityRecognizer {
  return createEntityRecognizer(new Uint8Array(readFileSync(path)));
}
