import { candidate } from '../candidate';
import { classifySource } from '../heads';
import { isNameToken, personNameEnd } from '../names';
import { isOutletName } from '../outlets';
import { isWord, phraseEnd, phraseStart } from '../phrase';
import type { SentenceView } from '../view';
import type { RuleContext } from './context';

const STOPS = new Set(['.', ',', ';', ':', 'that', 'who', 'which', '(', '?', '!']);
const MAX_PHRASE = 8;

/**
 * "According to …": unnamed sources, reports and studies are flagged; a named outlet is an informational
 * relay, unless a person of that outlet is named ("according to Fox News's Ed Henry").
 */
export function accordingTo(view: SentenceView, ctx: RuleContext): void {
  const words = view.words;
  for (let a = 0; a + 2 < words.length; a++) {
    // "…, Bloomberg reported, citing people familiar with the matter": the outlet's own unnamed sources.
    const citing = words[a] === 'citing' && a > 0 && words[a - 1] === ',';
    if (!citing && (words[a] !== 'according' || words[a + 1] !== 'to')) continue;
    const k = citing ? a + 1 : a + 2;
    let n = words[k] === 'the' ? k + 1 : k;
    if (isNameToken(view, n)) {
      const start = n;
      while (n < words.length && isNameToken(view, n)) n++;
      const name = view.tokens.slice(start, n).map((t) => t.text).join(' ');
      const personFollows = words[n] === "'s" && personNameEnd(view, n + 1) > 0;
      if (!citing && isOutletName(name) && !personFollows && view.types[start] !== 'PERSON') {
        ctx.out.push(candidate(view, a, n - 1, 'OUTLET_RELAY', a));
      }
      continue;
    }
    for (let h = k; h < words.length && h < k + MAX_PHRASE && !STOPS.has(words[h]!) && isWord(words[h]!); h++) {
      const source = classifySource(view, Math.max(k, phraseStart(view, h)), h);
      if (!source) continue;
      ctx.out.push(candidate(view, a, Math.max(h, phraseEnd(view, h)), source, a));
      break;
    }
  }
}
