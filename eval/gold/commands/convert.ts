import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analysedText, textSha256 } from '../article-text';
import { annotatedIds, checkPassName, passPath, writeAnnotation } from '../annotation-file';
import { convertDraft } from '../convert';
import { checkDraft } from '../draft';
import { loadManifest, ROOT } from '../manifest';

/** Where annotators keep drafts unless told otherwise: beside the project, never in it. */
export const DRAFTS_DIR = resolve(ROOT, '../gold-drafts');

/**
 * `npm run gold -- convert PASS [ID…] [--drafts DIR]`: each draft DIR/PASS/<id>.json (all of them when no ID)
 * → news/passes/PASS/<id>.json. Prints every resolved span in context and every problem; a draft with a
 * problem writes nothing.
 */
export function convertCommand(args: string[]): number {
  const at = args.indexOf('--drafts');
  const draftsRoot = at === -1 ? DRAFTS_DIR : args[at + 1];
  const [pass, ...ids] = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  const bad = checkPassName(pass) ?? (draftsRoot ? null : '--drafts needs a folder');
  if (bad) {
    console.error(`${bad}\nusage: npm run gold -- convert PASS [ID…] [--drafts DIR]   (drafts in DIR/PASS/<id>.json)`);
    return 2;
  }
  const dir = join(draftsRoot!, pass!);
  const manifest = new Map(loadManifest().articles.map((a) => [a.id, a]));
  const todo = ids.length ? ids : annotatedIds(dir);
  if (todo.length === 0) {
    console.error(`no drafts in ${dir}`);
    return 1;
  }
  let failed = 0;
  for (const id of todo) {
    console.log(`\n## ${pass} ${id}`);
    const problems = convertOne(pass!, id, join(dir, `${id}.json`), manifest.get(id));
    if (problems.length) {
      failed++;
      for (const p of problems) console.log(`PROBLEM ${p}`);
      console.log(`not written: ${problems.length} problem(s)`);
    }
  }
  console.log(`\n${todo.length - failed} converted, ${failed} with problems`);
  return failed ? 1 : 0;
}

function convertOne(
  pass: string,
  id: string,
  file: string,
  article: ReturnType<typeof loadManifest>['articles'][number] | undefined,
): string[] {
  if (!article) return [`${id} is not an article of news/manifest.json`];
  if (!existsSync(file)) return [`${file} does not exist`];
  const text = analysedText(article);
  if (textSha256(text) !== article.text_sha256)
    return ['the analysed text in ../shared no longer matches the manifest (the text or the extraction changed)'];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return [`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`];
  }
  const { draft, problems } = checkDraft(json, id);
  if (!draft) return problems;
  const result = convertDraft(draft, text, {
    id,
    pass,
    text_sha256: article.text_sha256,
    text_length: article.text_length,
  });
  for (const line of result.listing) console.log(line);
  for (const note of result.notes) console.log(`note: ${note}`);
  if (!result.annotation) return result.problems;
  writeAnnotation(passPath(pass, id), result.annotation);
  const a = result.annotation;
  console.log(
    `wrote ${passPath(pass, id)}: ${a.mentions.length} mentions, ${a.vague_spans.length} vague, ${a.soft_spans.length} soft, ` +
      `${a.named_not_vague.length} named, ${a.events.length} events`,
  );
  return [];
}
