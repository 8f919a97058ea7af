import { parentPort, workerData } from 'node:worker_threads';
import { loadAttributionTaggerFromDisk } from '../analysis/attributions/learned/load-from-disk';
import { loadEntityRecognizerFromDisk } from '../analysis/entities/load-from-disk';
import { analyzeSource, type AnalyzeOptions, type Taggers } from './analyze-source';
import type { ModelFiles, Task } from './workers';

/** A worker thread of `backstory analyze --jobs N`: analyses the inputs it is sent, one at a time. */
const { models, options } = workerData as { models: ModelFiles; options: AnalyzeOptions };
let recognizer: ReturnType<Taggers['recognizer']> | null = null;
let attributions: ReturnType<Taggers['attributions']> | undefined;
const taggers: Taggers = {
  recognizer: () => (recognizer ??= loadEntityRecognizerFromDisk(models.entities)),
  attributions: () =>
    attributions === undefined ? (attributions = loadAttributionTaggerFromDisk(models.attributions)) : attributions,
};

parentPort!.on('message', async ({ index, source, text }: Task) => {
  try {
    const outcome = await analyzeSource(source, options, taggers, text);
    parentPort!.postMessage({ index, outcome });
  } catch (e) {
    parentPort!.postMessage({ index, error: e instanceof Error ? e.message : String(e) });
  }
});
