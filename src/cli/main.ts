import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { EntityRecognizer } from '../analysis/entities';
import { analyzeText } from '../analysis/analyze';
import { loadEntityRecognizerFromDisk } from '../analysis/entities/load-from-disk';
import { analyzeSource, outcomeOf, type Outcome } from './analyze-source';
import { EXIT, parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { expandInputs } from './inputs';
import { createProgress } from './progress';
import { InputError, readInput } from './read-input';
import { SAMPLE } from './sample/article';
import { runInWorkers, type Task } from './workers';

/**
 * `backstory analyze` (`npm run analyze`): the whole analysis without a browser. It runs as the bundle that
 * scripts/build-cli.mjs writes to dist/, with the worker's bundle and the tagger's weights beside it.
 */
const MODEL = fileURLToPath(new URL('./entities.bin', import.meta.url));
const WORKER = new URL('./worker.mjs', import.meta.url);

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`backstory: ${e.message}\n\nRun "backstory --help" for the options.\n`);
    return EXIT.usage;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  let recognizer: EntityRecognizer | null = null;
  const loadRecognizer = () => (recognizer ??= loadEntityRecognizerFromDisk(MODEL));

  if (args.inputs.length === 0 && args.lists.length === 0) {
    const { text, title, url, published, site } = SAMPLE;
    const analysis = analyzeText(text, { title, url, published: args.published ?? published, site }, loadRecognizer());
    process.stdout.write((outcomeOf(analysis, 'sample', args) as { output: string }).output);
    return EXIT.ok;
  }

  const { sources, unreadable } = expandInputs(args.inputs, args.lists);
  const progress = createProgress(process.stderr, sources.length);
  for (const u of unreadable) progress.note(`backstory: skipped ${u.path}: ${u.reason}`);
  const started = performance.now();
  const total = { articles: 0, words: 0, names: 0, attributions: 0, events: 0, skipped: unreadable.length };
  const report = (outcome: Outcome) => {
    if (!outcome.ok) {
      total.skipped++;
      progress.note(`backstory: skipped: ${outcome.message}`);
      return;
    }
    process.stdout.write(outcome.output);
    total.articles++;
    total.words += outcome.words;
    total.names += outcome.names;
    total.attributions += outcome.attributions;
    total.events += outcome.events;
    progress.advance(outcome.words);
  };

  const tasks: Task[] = [];
  for (const [index, source] of sources.entries()) {
    if (source.path !== '-') tasks.push({ index, source });
    else {
      // Standard input can be read once, by this thread.
      try {
        tasks.push({ index, source, text: readInput('-') });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        report({ ok: false, message: e.message });
      }
    }
  }
  const jobs = Math.min(args.jobs ?? availableParallelism(), tasks.length);
  if (jobs <= 1) {
    for (const t of tasks) report(await analyzeSource(t.source, args, loadRecognizer, t.text));
  } else {
    await runInWorkers(tasks, jobs, { worker: WORKER, model: MODEL, options: args }, (_, outcome) => report(outcome));
  }
  progress.done();

  if (sources.length + unreadable.length > 1) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `backstory: analysed ${total.articles} of ${total.articles + total.skipped} inputs` +
        `${total.skipped ? ` (${total.skipped} skipped)` : ''} · ${total.words.toLocaleString('en')} words · ` +
        `${total.names} names · ${total.attributions} vague attributions · ${total.events} dated events · ` +
        `${seconds.toFixed(1)} s${jobs > 1 ? ` on ${jobs} threads` : ''}\n`,
    );
  }
  if (total.skipped === 0) return EXIT.ok;
  return total.articles === 0 ? EXIT.nothingRead : EXIT.someSkipped;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`backstory: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = EXIT.bug;
}
