import { detectAttributions } from './attributions';
import type { EntityRecognizer } from './entities';
import { extractEvents } from './events';
import { detectLanguage } from './language';
import { splitSentences } from './text/sentences';
import type { Analysis, ArticleMeta } from './types';

/** Articles longer than this are cut: a reader's page, not a book (and it bounds the work). */
export const MAX_TEXT_LENGTH = 400_000;

/**
 * The one analysis pipeline, shared by the extension (in the background) and the CLI:
 * text → sentences → entities → vague attributions → dated events. Non-English text (by the page's declared
 * language first, then by the text) gets an empty analysis.
 */
export function analyzeText(text: string, meta: ArticleMeta, recognizer: EntityRecognizer): Analysis {
  const language = detectLanguage(text, meta.lang);
  const analysis: Analysis = {
    schema: 1,
    title: meta.title ?? '',
    url: meta.url ?? '',
    published: meta.published ?? null,
    language,
    text,
    entities: [],
    attributions: [],
    events: [],
  };
  if (language !== 'en') return analysis;
  const scope = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const sentences = splitSentences(scope);
  analysis.entities = recognizer.recognize(scope, sentences);
  analysis.attributions = detectAttributions(scope, sentences, analysis.entities);
  analysis.events = extractEvents(scope, sentences, analysis.entities, analysis.published);
  return analysis;
}
