import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One article to analyse: a file (or `-`) and, when known, the address it was saved from. */
export interface Source {
  path: string;
  url: string | null;
}

/** An input that cannot become a source, with the reason; reported and skipped. */
export interface Unreadable {
  path: string;
  reason: string;
}

const ARTICLE_FILE = /\.(html?|txt)$/i;

function listed(listPath: string, out: Source[], bad: Unreadable[]): void {
  let text: string;
  try {
    text = readFileSync(listPath, 'utf8');
  } catch {
    bad.push({ path: listPath, reason: 'cannot read this list' });
    return;
  }
  const base = dirname(resolve(listPath));
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    const [url, path] = parts.length === 1 ? [null, parts[0]!] : [parts[0]!, parts.slice(1).join(' ')];
    if (url !== null && !/^https?:\/\//i.test(url)) {
      bad.push({ path: `${listPath}:${i + 1}`, reason: `"${url}" is not an http(s) URL` });
      return;
    }
    out.push({ path: resolve(base, path), url });
  });
}

/**
 * The articles named on the command line: files as they are, a folder's .html/.htm/.txt files (not its
 * sub-folders: a page saved "complete" keeps its images and frames in one), the pages of each list.
 */
export function expandInputs(inputs: string[], lists: string[]): { sources: Source[]; unreadable: Unreadable[] } {
  const sources: Source[] = [];
  const unreadable: Unreadable[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ path: '-', url: null });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // Missing files are reported when they are read, with the others' reasons.
    }
    if (!isFolder) {
      sources.push({ path: input, url: null });
      continue;
    }
    const files = readdirSync(input, { withFileTypes: true })
      .filter((f) => f.isFile() && ARTICLE_FILE.test(f.name))
      .map((f) => join(input, f.name))
      .sort();
    if (files.length === 0) unreadable.push({ path: input, reason: 'no .html, .htm or .txt file in this folder' });
    sources.push(...files.map((path) => ({ path, url: null })));
  }
  for (const list of lists) listed(list, sources, unreadable);
  return { sources, unreadable };
}
