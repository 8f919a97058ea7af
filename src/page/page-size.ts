import { LIMITS } from '../limits';

/** The fewest characters an element takes in serialised HTML: a void tag, `<br>`. */
const MIN_ELEMENT_CHARS = 4;

/**
 * Whether a page is surely larger than Backstory reads (`LIMITS.pageHtml`), told without serialising it:
 * its elements' shortest tags (counted natively, nothing allocated) and then its text are each a lower
 * bound on its HTML. A page that passes is serialised and measured exactly.
 */
export function tooLargeToRead(doc: Document): boolean {
  const tags = doc.getElementsByTagName('*').length * MIN_ELEMENT_CHARS;
  if (tags > LIMITS.pageHtml) return true;
  return tags + (doc.documentElement.textContent?.length ?? 0) > LIMITS.pageHtml;
}
