import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText } from '../analysis/analyze';
import type { EntityRecognizer } from '../analysis/entities';
import { loadEntityRecognizerFromDisk } from '../analysis/entities/load-from-disk';
import type { Analysis, ArticleMeta } from '../analysis/types';
import { EXIT, parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { expandInputs, type Source } from './inputs';
import { createProgress } from './progress';
import { InputError, readInput } from './read-input';
import { formatReport } from './report';
import { SAMPLE } from './sample/article';

/**
 * `backstory analyze` (`npm run analyze`): the whole analysis without a browser. It runs as the bundle that
 * scripts/build-cli.mjs writes to dist/, with the tagger's weights beside it.
 */
const MODEL = fileURLToPath(new URL('./entities.bin', import.meta.url));

/** The documented JSON shape (schema 1): attributions carry their question, not the card's longer text. */
function toJsonOutput(a: Analysis, source: string) {
  return {
    ...a,
    attributions: a.attributions.map(({ start, end, text, category, question }) => ({
      start,
      end,
      text,
      category,
      question,
    })),
    source,
  };
}

const isPage = (path: string) => /\.html?$/i.test(path);

/** Reads one input into text and what is known of the article; throws InputError for what cannot be used. */
async function readSource(source: Source, args: CliArgs): Promise<{ text: string; meta: ArticleMeta }> {
  const url = source.url ?? args.url;
  const raw = readInput(source.path);
  if (!isPage(source.path)) return { text: raw, meta: { title: '', url: url ?? '', published: args.published } };
  const { readSavedPage } = await import('./saved-page');
  const page = readSavedPage(raw, url ?? pathToFileURL(resolve(source.path)).href);
  if (!page) throw new InputError(`${source.path}: no article text found in this page`);
  return { text: page.text, meta: { ...page.meta, published: args.published ?? page.meta.published } };
}

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
  const print = (a: Analysis, source: string) =>
    process.stdout.write(args.json ? `${JSON.stringify(toJsonOutput(a, source))}\n` : formatReport(a));

  let recognizer: EntityRecognizer | null = null;
  const analyze = (text: string, meta: ArticleMeta) =>
    analyzeText(text, meta, (recognizer ??= loadEntityRecognizerFromDisk(MODEL)));

  if (args.inputs.length === 0 && args.lists.length === 0) {
    const { text, title, url, published, site } = SAMPLE;
    print(analyze(text, { title, url, published: args.published ?? published, site }), 'sample');
    return EXIT.ok;
  }

  const { sources, unreadable } = expandInputs(args.inputs, args.lists);
  const progress = createProgress(process.stderr, sources.length);
  const skip = (path: string, reason: string) => progress.note(`backstory: skipped ${path}: ${reason}`);
  for (const u of unreadable) skip(u.path, u.reason);
  const started = performance.now();
  const total = { articles: 0, words: 0, names: 0, attributions: 0, events: 0, skipped: unreadable.length };
  for (const source of sources) {
    let read;
    try {
      read = await readSource(source, args);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      total.skipped++;
      progress.note(`backstory: skipped: ${e.message}`);
      continue;
    }
    const analysis = analyze(read.text, read.meta);
    print(analysis, source.path);
    const words = read.text.split(/\s+/).filter(Boolean).length;
    total.articles++;
    total.words += words;
    total.names += analysis.entities.length;
    total.attributions += analysis.attributions.length;
    total.events += analysis.events.length;
    progress.advance(words);
  }
  progress.done();
  if (sources.length + unreadable.length > 1) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `backstory: analysed ${total.articles} of ${total.articles + total.skipped} inputs` +
        `${total.skipped ? ` (${total.skipped} skipped)` : ''} · ${total.words.toLocaleString('en')} words · ` +
        `${total.names} names · ${total.attributions} vague attributions · ${total.events} dated events · ` +
        `${seconds.toFixed(1)} s\n`,
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
