import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../analysis/analyze';
import type { EntityRecognizer } from '../analysis/entities';
import type { Analysis, ArticleMeta } from '../analysis/types';
import type { Source } from './inputs';
import { InputError, readInput } from './read-input';
import { formatReport } from './report';

/** What every input shares: from the command line. */
export interface AnalyzeOptions {
  json: boolean;
  published: string | null;
  url: string | null;
}

/** One input's result, as the run prints and counts it; also what a worker thread sends back. */
export type Outcome =
  | { ok: true; output: string; words: number; names: number; attributions: number; events: number }
  | { ok: false; message: string };

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
async function readSource(
  source: Source,
  options: AnalyzeOptions,
  text?: string,
): Promise<{ text: string; meta: ArticleMeta }> {
  const url = source.url ?? options.url;
  const raw = text ?? readInput(source.path);
  if (!isPage(source.path)) return { text: raw, meta: { title: '', url: url ?? '', published: options.published } };
  const { readPage } = await import('./read-page');
  const page = readPage(raw, url ?? pathToFileURL(resolve(source.path)).href);
  if (!page) throw new InputError(`${source.path}: no article text found in this page`);
  return { text: page.text, meta: { ...page.meta, published: options.published ?? page.meta.published } };
}

export function outcomeOf(analysis: Analysis, source: string, options: AnalyzeOptions): Outcome {
  return {
    ok: true,
    output: options.json ? `${JSON.stringify(toJsonOutput(analysis, source))}\n` : formatReport(analysis),
    words: analysis.text.split(/\s+/).filter(Boolean).length,
    names: analysis.entities.length,
    attributions: analysis.attributions.length,
    events: analysis.events.length,
  };
}

/** Reads and analyses one input; `text` is given when it was read already (standard input). */
export async function analyzeSource(
  source: Source,
  options: AnalyzeOptions,
  recognizer: () => EntityRecognizer,
  text?: string,
): Promise<Outcome> {
  let read;
  try {
    read = await readSource(source, options, text);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message };
    throw e;
  }
  return outcomeOf(analyzeText(read.text, read.meta, recognizer()), source.path, options);
}
