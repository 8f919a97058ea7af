import type { TimelineItem } from '../../messages/views';

/** An event from the reader's earlier reading, once, with the article it came from. */
export interface EarlierEvent {
  date: string;
  text: string;
  articleUrl: string;
  articleTitle: string;
  /** How many other earlier articles told the same event. */
  alsoIn: number;
}

/** What the popup's timeline shows: earlier reading, then this article's own dates, each event once. */
export interface TimelineView {
  earlier: EarlierEvent[];
  here: { date: string; text: string }[];
}

/** The same clause however it is punctuated or capitalised ("On Monday, the minister…" ≈ "on monday the minister"). */
const clauseKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "2020" < "2020-10" < "2020-10-05": the more precise date is the better one for the same clause. */
const precision = (date: string): number => date.length;

/** One item per clause: the most precise of its dates (the earliest among equals), and its other articles. */
function once<T extends TimelineItem>(items: T[]): { item: T; articles: Set<string> }[] {
  const byClause = new Map<string, { item: T; articles: Set<string> }>();
  for (const item of items) {
    const key = clauseKey(item.text);
    const seen = byClause.get(key);
    if (!seen) {
      byClause.set(key, { item, articles: new Set([item.articleUrl]) });
      continue;
    }
    seen.articles.add(item.articleUrl);
    const better =
      precision(item.date) > precision(seen.item.date) ||
      (precision(item.date) === precision(seen.item.date) && item.date < seen.item.date);
    if (better) seen.item = item;
  }
  return [...byClause.values()];
}

const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/**
 * The timeline as the popup shows it, from what the store gives (events of this article and linked events
 * of earlier ones, possibly with a clause twice under two dates). Each clause appears once. An earlier
 * item that restates this article (the same clause, or the same story under another address: same title)
 * is not history and is left out.
 */
export function timelineView(items: TimelineItem[], articleTitle: string | null): TimelineView {
  const own = items.filter((i) => !i.earlier);
  const ownClauses = new Set(own.map((i) => clauseKey(i.text)));
  const title = articleTitle?.trim().toLowerCase();
  const earlier = items.filter(
    (i) => i.earlier && !ownClauses.has(clauseKey(i.text)) && !(title && i.articleTitle.trim().toLowerCase() === title),
  );
  return {
    earlier: once(earlier)
      .map(({ item, articles }) => ({
        date: item.date,
        text: item.text,
        articleUrl: item.articleUrl,
        articleTitle: item.articleTitle,
        alsoIn: articles.size - 1,
      }))
      .sort(byDate),
    here: once(own)
      .map(({ item }) => ({ date: item.date, text: item.text }))
      .sort(byDate),
  };
}
