import { join } from 'node:path';
import { analysedText, textSha256 } from '../article-text';
import { annotatedIds, GOLD_DIR, PASSES_DIR, readAnnotation } from '../annotation-file';
import { checkAnnotation } from '../check-annotation';
import { loadManifest, type ManifestArticle } from '../manifest';
import { existsSync, readdirSync } from 'node:fs';

/**
 * `npm run gold -- validate`: every committed pass and gold file against the manifest and the text in
 * ../shared (see check-annotation.ts); also that each manifest text still has its sha256.
 */
export function validateCommand(): number {
  const manifest = new Map(loadManifest().articles.map((a) => [a.id, a]));
  const points = new Map<string, string[]>();
  const problems: string[] = [];
  for (const article of manifest.values()) {
    const text = analysedText(article);
    if (textSha256(text) === article.text_sha256) points.set(article.id, [...text]);
    else problems.push(`${article.id}: the analysed text in ../shared no longer has the manifest's sha256`);
  }
  const passes = existsSync(PASSES_DIR) ? readdirSync(PASSES_DIR).sort() : [];
  const folders = [...passes.map((p) => ({ pass: p, dir: join(PASSES_DIR, p) })), { pass: 'gold', dir: GOLD_DIR }];
  let files = 0;
  for (const { pass, dir } of folders) {
    for (const id of annotatedIds(dir)) {
      files++;
      const article: ManifestArticle | undefined = manifest.get(id);
      const where = `${pass}/${id}.json`;
      if (!article) {
        problems.push(`${where}: not an article of the manifest`);
        continue;
      }
      let json: unknown;
      try {
        json = readAnnotation(join(dir, `${id}.json`));
      } catch (e) {
        problems.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const expected = { id, pass, text_sha256: article.text_sha256, text_length: article.text_length };
      for (const p of checkAnnotation(json, expected, points.get(id) ?? null)) problems.push(`${where}: ${p}`);
    }
  }
  for (const p of problems) console.log(p);
  console.log(`${files} annotation files (${passes.length} passes and the gold), ${problems.length} problems`);
  return problems.length ? 1 : 0;
}
