import type { KnowledgeThumbnail } from '../types';
import { isRecord, qid, text } from './common';

/** A Wikipedia REST page summary, reduced to what a card shows. */
export interface PageSummary {
  kind: 'standard' | 'disambiguation' | 'no-extract' | 'mainpage' | 'other';
  title: string;
  description: string;
  /** Plain text; never the HTML extract. */
  extract: string;
  thumbnail: KnowledgeThumbnail | null;
  pageUrl: string | null;
  qid: string | null;
}

const KINDS = new Set(['standard', 'disambiguation', 'no-extract', 'mainpage']);
const WIKIPEDIA_PAGE = /^https:\/\/[a-z][a-z0-9-]*\.(?:m\.)?wikipedia\.org\/wiki\/[^\s]+$/;
const UPLOAD = /^https:\/\/upload\.wikimedia\.org\/[^\s]+$/;

function dimension(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : null;
}

/** Only images from Wikimedia's upload host, so a card never loads an arbitrary URL. */
export function parseThumbnail(v: unknown): KnowledgeThumbnail | null {
  if (!isRecord(v)) return null;
  const url = v['source'];
  if (typeof url !== 'string' || !UPLOAD.test(url)) return null;
  return { url, width: dimension(v['width']), height: dimension(v['height']) };
}

/**
 * Parses `/page/summary/{title}`. The shape drifted over the years (2017 captures have no `type`, no
 * `content_urls`), so everything but `title` is optional; returns null when even that is missing.
 */
export function parseSummary(json: unknown): PageSummary | null {
  if (!isRecord(json)) return null;
  const titles = json['titles'];
  const title = text(json['title'], 300) || (isRecord(titles) ? text(titles['normalized'], 300) : '');
  if (!title) return null;
  const rawType = json['type'];
  const kind: PageSummary['kind'] =
    typeof rawType === 'string' ? (KINDS.has(rawType) ? (rawType as PageSummary['kind']) : 'other') : 'standard';
  const urls = json['content_urls'];
  const desktop = isRecord(urls) ? urls['desktop'] : undefined;
  const page = isRecord(desktop) ? desktop['page'] : undefined;
  return {
    kind,
    title,
    description: text(json['description'], 300),
    extract: text(json['extract'], 4000),
    thumbnail: parseThumbnail(json['thumbnail']),
    pageUrl: typeof page === 'string' && WIKIPEDIA_PAGE.test(page) ? page : null,
    qid: qid(json['wikibase_item']),
  };
}
