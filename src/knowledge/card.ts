import { keyFacts } from './facts';
import type { WikidataItem } from './parsers/entities';
import type { PageSummary } from './parsers/summary';
import { thenAndNow } from './then-and-now';
import type { KnowledgeThumbnail, LinkedEntity } from './types';
import type { PartialDate } from './wikidate';

const EXTRACT_MAX = 500;

/** Cuts at a sentence end when one falls late enough, else at a word, so the card never ends mid-word. */
export function shortenExtract(extract: string, max = EXTRACT_MAX): string {
  if (extract.length <= max) return extract;
  const head = extract.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('." '));
  if (sentenceEnd >= max * 0.4) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : max).replace(/[\s,;:]+$/, '')}…`;
}

function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** Commons serves any size of a file through Special:FilePath, from its name alone. */
function commonsThumbnail(file: string): KnowledgeThumbnail {
  return {
    url: `https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(file.replace(/ /g, '_'))}?width=320`,
    width: null,
    height: null,
  };
}

export interface CardInput {
  item: WikidataItem;
  labels: Record<string, string>;
  /** Null when the item has no English article, or the summary could not be read. */
  summary: PageSummary | null;
  published: PartialDate | null;
  today: PartialDate;
  roles: readonly string[];
}

/** A disambiguation or unreadable page contributes nothing: its text would describe other things. */
export function buildCard({ item, labels, summary, published, today, roles }: CardInput): LinkedEntity {
  const page = summary && summary.kind !== 'disambiguation' ? summary : null;
  const extract = page && page.kind === 'standard' ? shortenExtract(page.extract) : '';
  const usesWikipedia = page !== null && (extract !== '' || page.description !== '');
  const articleUrl = page?.pageUrl ?? (item.enwikiTitle ? wikipediaUrl(item.enwikiTitle) : null);
  const wikidataUrl = `https://www.wikidata.org/wiki/${item.qid}`;
  return {
    qid: item.qid,
    name: item.label || page?.title || item.enwikiTitle || item.qid,
    description: page?.description || item.description,
    extract,
    thumbnail: page?.thumbnail ?? (item.image ? commonsThumbnail(item.image) : null),
    facts: keyFacts(item, labels),
    thenAndNow: thenAndNow(item, labels, published, today, roles),
    source: usesWikipedia
      ? {
          url: articleUrl ?? wikidataUrl,
          title: page.title,
          wikidataUrl,
          licence: 'CC BY-SA 4.0',
          licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
        }
      : {
          url: articleUrl ?? wikidataUrl,
          title: item.enwikiTitle || item.label || item.qid,
          wikidataUrl,
          licence: 'CC0',
          licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
        },
  };
}
