import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointToUtf16 } from '../lib/code-points';

/** The vague-attribution dev gold (../shared/data/vague-gold), read in place, offsets converted to UTF-16. */
export const SHARED = join(import.meta.dirname, '../../../shared');
export const GOLD_DIR = join(SHARED, 'data/vague-gold');

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldArticle {
  id: string;
  text: string;
  vague: GoldSpan[];
  soft: GoldSpan[];
  named: GoldSpan[];
}

interface RawSpan {
  start: number;
  end: number;
  text: string;
}

export function loadGold(dir = GOLD_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        article_id: string;
        vague_spans: RawSpan[];
        soft_spans: RawSpan[];
        named_not_vague: RawSpan[];
      };
      const text = readFileSync(join(dir, `${g.article_id}.txt`), 'utf8');
      const map = codePointToUtf16(text);
      const conv = (s: RawSpan): GoldSpan => ({ start: map[s.start]!, end: map[s.end]!, text: s.text });
      return {
        id: g.article_id,
        text,
        vague: g.vague_spans.map(conv),
        soft: g.soft_spans.map(conv),
        named: g.named_not_vague.map(conv),
      };
    });
}
