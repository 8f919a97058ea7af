import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the news gold set lives: the manifest and the annotations in the project, the texts in ../shared. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const NEWS_DIR = join(import.meta.dirname, 'news');
export const MANIFEST_PATH = join(NEWS_DIR, 'manifest.json');

/**
 * dev and test were drawn and split together; dev2 was drawn later, from dev's sources only, and is held out
 * from training (the entity weights learn from dev), so it measures dev-like articles no weight has seen.
 * train was drawn last, from PolNeAR's train compartment of dev's publishers: labels to learn from, never scored.
 */
export type Split = 'dev' | 'dev2' | 'test' | 'train';
export type Corpus = 'polnear-dev' | 'polnear-train' | 'pages';

export interface ManifestArticle {
  id: string;
  corpus: Corpus;
  /** The publisher or site: a split holds every article of a source. */
  source: string;
  /** The file under ../shared whose analysed text is annotated. */
  path: string;
  split: Split;
  publication_date: string;
  /** Where the date comes from. */
  publication_date_from: string;
  /** Whitespace-separated words of the analysed text. */
  words: number;
  /** In Unicode code points, like every offset of the gold. */
  text_length: number;
  text_sha256: string;
}

export interface Manifest {
  about: string;
  command: string;
  seed: number;
  rules: string[];
  excluded: { path: string; why: string }[];
  splits: Record<Split, { sources: string[]; articles: number; words: number }>;
  articles: ManifestArticle[];
}

export function loadManifest(): Manifest {
  if (!existsSync(MANIFEST_PATH)) throw new Error(`${MANIFEST_PATH} is missing: run npm run gold -- draw`);
  return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
}
