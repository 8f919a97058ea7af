import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeText } from '../analysis/analyze';
import { loadEntityRecognizerFromDisk } from '../analysis/entities/load-from-disk';
import type { Analysis, ArticleMeta } from '../analysis/types';
import { parseArgs, UsageError, USAGE } from './args';
import { InputError, readInput } from './read-input';
import { readPage } from './read-page';
import { formatReport } from './report';
import { SAMPLE } from './sample/article';

/** The documented JSON shape (schema 1): attributions carry their question, not the card's longer text. */
function toJsonOutput(a: Analysis) {
  return {
    ...a,
    attributions: a.attributions.map(({ start, end, text, category, question }) => ({
      start,
      end,
      text,
      category,
      question,
    })),
  };
}

/** `npm run analyze`: the whole analysis without a browser. */
function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`backstory: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }

  let text: string;
  let meta: ArticleMeta;
  try {
    if (args.input === null) {
      text = SAMPLE.text;
      meta = { title: SAMPLE.title, url: SAMPLE.url, published: SAMPLE.published, site: SAMPLE.site };
    } else if (/\.html?$/i.test(args.input)) {
      const page = readPage(readInput(args.input), args.url ?? pathToFileURL(resolve(args.input)).href);
      if (!page) throw new InputError(`${args.input}: no article text found in this page`);
      text = page.text;
      meta = page.meta;
    } else {
      text = readInput(args.input);
      meta = { title: '', url: args.url ?? '', published: args.published };
    }
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`backstory: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.published) meta.published = args.published;
  if (args.url) meta.url = args.url;

  const analysis: Analysis = analyzeText(text, meta, loadEntityRecognizerFromDisk());
  process.stdout.write(args.json ? JSON.stringify(toJsonOutput(analysis)) + '\n' : formatReport(analysis));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`backstory: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
