import { candidate, type Candidate } from '../candidate';
import { classifySource } from '../heads';
import { EVIDENCE_HEADS, MEDIA_HEADS, SOURCE_PHRASE_STOPS, SPEECH_VERBS } from '../lexicon';
import { isNameToken, personNameEnd } from '../names';
import { hasNamedSpeaker } from '../named-speaker';
import { isOutletName } from '../outlets';
import { isWord, phraseEnd, phraseStart } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

const MAX_PHRASE = 8;

/**
 * "According to …": unnamed sources, reports and studies are flagged; a named outlet is an informational
 * relay, unless a person of that outlet is named ("according to Fox News's Ed Henry").
 */
// "…, the Journal reported, citing internal documents", "The Journal, citing internal documents, …": the
// citing belongs to a report; "… to praise the economy, citing statistics" is an argument.
function reportsCiting(view: SentenceView, a: number): boolean {
  const prev = view.words[a - 2] ?? '';
  return (SPEECH_VERBS.has(prev) || isNameToken(view, a - 2)) && !hasNamedSpeaker(view);
}

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
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
      const name = view.tokens
        .slice(start, n)
        .map((t) => t.text)
        .join(' ');
      const personFollows = words[n] === "'s" && personNameEnd(view, n + 1) > 0;
      if (!citing && isOutletName(name) && !personFollows && view.types[start] !== 'PERSON') {
        out.push(candidate(view, a, n - 1, 'OUTLET_RELAY', a));
      }
      continue;
    }
    for (
      let h = k;
      h < words.length && h < k + MAX_PHRASE && !SOURCE_PHRASE_STOPS.has(words[h]!) && isWord(words[h]!);
      h++
    ) {
      const source = classifySource(view, Math.max(k, phraseStart(view, h)), h, true);
      // "according to an Associated Press survey of Democratic superdelegates": the first head decides.
      if (!source && (EVIDENCE_HEADS.has(words[h]!) || MEDIA_HEADS.has(words[h]!))) break;
      if (!source) continue;
      // A speaker citing a group or figures argues with them ("he continued, citing the many Americans who …");
      // an outlet or a speaker citing unnamed informants or reports relays them.
      if (citing && (source === 'VAGUE_GROUP' || (source === 'VAGUE_EVIDENCE' && !reportsCiting(view, a)))) break;
      out.push(candidate(view, a, Math.max(h, phraseEnd(view, h)), source, a));
      break;
    }
  }
  return out;
}

export const accordingTo: AttributionRule = { id: 'according-to', find };
