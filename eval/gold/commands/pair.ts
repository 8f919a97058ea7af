import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysedText, textSha256 } from '../article-text';
import { annotatedIds, checkPassName, passPath, PASSES_DIR, readAnnotation } from '../annotation-file';
import type { Annotation } from '../annotation';
import { loadManifest, type ManifestArticle } from '../manifest';

export interface Pair {
  article: ManifestArticle;
  a: Annotation;
  b: Annotation;
  /** sha256 of each pass file, so decisions are tied to the passes they were made on. */
  fileSha: [string, string];
}

/** Parses `A B [ID…]`: the two passes and the articles both have (all of them when no ID is given). */
export function pairArgs(args: string[]): { names: [string, string]; ids: string[] } | string {
  const [nameA, nameB, ...ids] = args;
  const bad = checkPassName(nameA) ?? checkPassName(nameB);
  if (bad) return bad;
  if (nameA === nameB) return 'two different passes';
  const inB = new Set(annotatedIds(join(PASSES_DIR, nameB!)));
  const both = annotatedIds(join(PASSES_DIR, nameA!)).filter((id) => inB.has(id));
  return { names: [nameA!, nameB!], ids: ids.length ? ids : both };
}

export function loadPair(names: [string, string], id: string): Pair | string {
  const article = loadManifest().articles.find((x) => x.id === id);
  if (!article) return `${id} is not an article of the manifest`;
  const files = names.map((n) => passPath(n, id)) as [string, string];
  const missing = files.find((f) => !existsSync(f));
  if (missing) return `${missing} does not exist`;
  const [a, b] = files.map(readAnnotation) as [Annotation, Annotation];
  if (a.text_sha256 !== article.text_sha256 || b.text_sha256 !== article.text_sha256)
    return 'a pass was made on another text than the manifest’s';
  const fileSha = files.map((f) => textSha256(readFileSync(f, 'utf8'))) as [string, string];
  return { article, a, b, fileSha };
}

/** The analysed text, refused when ../shared no longer gives the manifest's. */
export function checkedText(article: ManifestArticle): string | null {
  const text = analysedText(article);
  return textSha256(text) === article.text_sha256 ? text : null;
}
