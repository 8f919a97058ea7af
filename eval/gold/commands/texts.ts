import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analysedText, textSha256 } from '../article-text';
import { loadManifest, ROOT } from '../manifest';

/** True when `path` (existing or not) lies inside `root`, links resolved. */
export function isInside(path: string, root: string): boolean {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  const real = join(realpathSync(existing), relative(existing, resolve(path)));
  const rel = relative(realpathSync(root), real);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}

/**
 * `npm run gold -- texts DIR`: writes every gold article's analysed text to DIR/<id>.txt, for annotators.
 * Refuses a folder inside the project: nothing from ../shared may be committed.
 */
export function textsCommand(args: string[]): number {
  const [dir] = args;
  if (!dir || args.length > 1) {
    console.error('usage: npm run gold -- texts DIR   (a folder outside the project, e.g. /work/gold-texts)');
    return 2;
  }
  if (isInside(dir, ROOT)) {
    console.error(`refused: ${resolve(dir)} is inside the project, and article texts must never be committed`);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  let failed = 0;
  for (const article of loadManifest().articles) {
    const text = analysedText(article);
    if (textSha256(text) !== article.text_sha256) {
      console.error(`${article.id}: the analysed text no longer matches the manifest's sha256; not written`);
      failed++;
      continue;
    }
    writeFileSync(join(dir, `${article.id}.txt`), text);
  }
  console.log(`wrote ${loadManifest().articles.length - failed} texts to ${resolve(dir)}`);
  return failed ? 1 : 0;
}
