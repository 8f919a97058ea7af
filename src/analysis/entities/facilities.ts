import { FACILITIES } from './heads';
import { TYPES, type TokenSpan } from './labels';

const PLACE = TYPES.indexOf('PLACE');

/**
 * "[U.S.] [Embassy]" or "[Baghdad] Embassy" is one place, the "U.S. Embassy": a name followed by a
 * capitalised facility word takes it in, whether the tagger tagged that word alone or not at all.
 */
export function joinFacilities(tokens: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const next = tokens[s.end];
    if (next === undefined || !/^\p{Lu}/u.test(next) || !FACILITIES.has(next.toLowerCase())) {
      out.push(s);
      continue;
    }
    const following = spans[k + 1];
    if (following && following.start === s.end && following.end > s.end + 1) {
      out.push(s);
      continue;
    }
    if (following && following.start === s.end) k++;
    out.push({ start: s.start, end: s.end + 1, type: PLACE });
  }
  return out;
}
