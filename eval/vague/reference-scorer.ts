import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './gold';
import type { Span } from './score';

/**
 * Runs ../shared/tools/score_vague.py on the same predictions (JavaScript offsets, hence --utf16), as a
 * cross-check of our scorer. Returns its output, or null when the script is not there.
 */
export function referenceScore(predictions: Map<string, Map<string, Span[]>>): string | null {
  const script = join(SHARED, 'tools/score_vague.py');
  if (!existsSync(script)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'vague-'));
  try {
    const rows: string[] = [];
    for (const [tool, byArticle] of predictions) {
      for (const [article_id, spans] of byArticle) {
        for (const s of spans) rows.push(JSON.stringify({ article_id, start: s.start, end: s.end, tool }));
      }
    }
    const file = join(dir, 'pred.jsonl');
    writeFileSync(file, rows.join('\n') + '\n');
    return execFileSync('python3', [script, file, '--utf16'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
