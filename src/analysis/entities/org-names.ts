import { ORG_HEADS_WITH_COMPLEMENT } from './heads';
import { TYPES, type TokenSpan } from './labels';

const ORG = TYPES.indexOf('ORG');
const PERSON = TYPES.indexOf('PERSON');
const LINKS = new Set(['for', 'to', 'on', 'of', 'against']);
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * "[Committee] for a [Responsible Federal Budget]", "[Council] on [Foreign Relations]": CoNLL has few
 * such names, so the weights stop at the preposition. A name ending in an organization head that takes
 * a complement, followed by for/to/on/of/against (and an article) and another name, is one organization.
 */
export function joinOrgNames(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const head = tokens[s.end - 1]!;
    const link = tokens[s.end];
    const following = spans[k + 1];
    // Not a person after it: "Republican Party for Hillary Clinton".
    if (
      link === undefined ||
      !LINKS.has(link) ||
      !following ||
      following.type === PERSON ||
      !/^\p{Lu}/u.test(head) ||
      !ORG_HEADS_WITH_COMPLEMENT.has(head.toLowerCase())
    ) {
      out.push(s);
      continue;
    }
    const gap = following.start - s.end;
    if (gap === 1 || (gap === 2 && DETERMINERS.has(tokens[s.end + 1]!.toLowerCase()))) {
      out.push({ start: s.start, end: following.end, type: ORG });
      k++;
    } else out.push(s);
  }
  return out;
}
