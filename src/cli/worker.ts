import { parentPort, workerData } from 'node:worker_threads';
import type { EntityRecognizer } from '../analysis/entities';
import { loadEntityRecognizerFromDisk } from '../analysis/entities/load-from-disk';
import { analyzeSource, type AnalyzeOptions } from './analyze-source';
import type { Task } from './workers';

/** A worker thread of `backstory analyze --jobs N`: analyses the inputs it is sent, one at a time. */
const { model, options } = workerData as { model: string; options: AnalyzeOptions };
let recognizer: EntityRecognizer | null = null;

parentPort!.on('message', async ({ index, source, text }: Task) => {
  try {
    const outcome = await analyzeSource(
      source,
      options,
      () => (recognizer ??= loadEntityRecognizerFromDisk(model)),
      text,
    );
    parentPort!.postMessage({ index, outcome });
  } catch (e) {
    parentPort!.postMessage({ index, error: e instanceof Error ? e.message : String(e) });
  }
});
