import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedEvent, Annotation, Offsets, VagueCategory } from '../gold/annotation';
import { annotatedIds, goldPath, GOLD_DIR, readAnnotation } from '../gold/annotation-file';
import { analysedText, textSha256 } from '../gold/article-text';
import { checkAnnotation } from '../gold/check-annotation';
import { loadManifest, SHARED, type Split } from '../gold/manifest';
import type { ScoredMention } from './entity-score';

/**
 * An article to score, with the layers its gold has (null: this gold set does not annotate that layer).
 * Offsets in code points.
 */
export interface GoldArticle {
  id: string;
  split: Split | 'old';
  text: string;
  published: string | null;
  mentions: ScoredMention[] | null;
  /** The news gold's vague spans carry their category; the old vague-gold's are read without. */
  attributions: { vague: (Offsets & { category?: VagueCategory })[]; soft: Offsets[]; named: Offsets[] } | null;
  events: AnnotatedEvent[] | null;
}

export function fromAnnotation(
  a: Annotation,
  split: GoldArticle['split'],
  text: string,
  published: string,
): GoldArticle {
  return {
    id: a.id,
    split,
    text,
    published,
    mentions: a.mentions,
    attributions: { vague: a.vague_spans, soft: a.soft_spans, named: a.named_not_vague },
    events: a.events,
  };
}

/** The adjudicated news gold that exists so far, each file checked against the manifest and its text. */
export function loadNewsGold(): { articles: GoldArticle[]; problems: string[] } {
  const manifest = new Map(loadManifest().articles.map((a) => [a.id, a]));
  const articles: GoldArticle[] = [];
  const problems: string[] = [];
  for (const id of annotatedIds(GOLD_DIR)) {
    const entry = manifest.get(id);
    if (!entry) {
      problems.push(`gold/${id}.json: not in the manifest`);
      continue;
    }
    const text = analysedText(entry);
    const annotation = readAnnotation(goldPath(id));
    const expected = { id, pass: 'gold', text_sha256: entry.text_sha256, text_length: entry.text_length };
    const bad =
      textSha256(text) === entry.text_sha256 ? checkAnnotation(annotation, expected, [...text]) : ['text changed'];
    if (bad.length) problems.push(`gold/${id}.json: ${bad.join('; ')} (not scored)`);
    else articles.push(fromAnnotation(annotation, entry.split, text, entry.publication_date));
  }
  return { articles, problems };
}

interface SharedSpan extends Offsets {
  type?: ScoredMention['type'];
  entity?: string;
  date?: string;
  entities?: string[];
}

/** The old dev sets, ../shared/data/entity-gold (entities, events) and vague-gold (vague attributions). */
export function loadOldDevSets(): GoldArticle[] {
  const read = (dir: string): { id: string; text: string; json: Record<string, unknown> }[] => {
    const path = join(SHARED, 'data', dir);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const json = JSON.parse(readFileSync(join(path, f), 'utf8')) as Record<string, unknown>;
        return {
          id: `${dir}/${String(json.article_id)}`,
          text: readFileSync(join(path, `${String(json.article_id)}.txt`), 'utf8'),
          json,
        };
      });
  };
  const spans = (x: unknown): SharedSpan[] => x as SharedSpan[];
  return [
    ...read('entity-gold').map(({ id, text, json }) => ({
      id,
      split: 'old' as const,
      text,
      published: (json.publication_date as string | null) ?? null,
      mentions: spans(json.mentions).map((m) => ({ start: m.start, end: m.end, type: m.type!, entity: m.entity! })),
      attributions: null,
      events: spans(json.events).map((e) => ({ start: e.start, end: e.end, date: e.date!, entities: e.entities! })),
    })),
    ...read('vague-gold').map(({ id, text, json }) => ({
      id,
      split: 'old' as const,
      text,
      published: null,
      mentions: null,
      attributions: {
        vague: spans(json.vague_spans).map(({ start, end }) => ({ start, end })),
        soft: spans(json.soft_spans).map(({ start, end }) => ({ start, end })),
        named: spans(json.named_not_vague).map(({ start, end }) => ({ start, end })),
      },
      events: null,
    })),
  ];
}
