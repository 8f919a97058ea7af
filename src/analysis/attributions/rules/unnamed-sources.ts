import { candidate, type Candidate } from '../candidate';
import { ANON_HEADS, UNNAMED_ADJECTIVES } from '../lexicon';
import { isModifier } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < view.words.length; i++) {
    if (!UNNAMED_ADJECTIVES.has(view.words[i]!)) continue;
    for (let h = i + 1; h <= i + 3 && h < view.words.length; h++) {
      if (ANON_HEADS.has(view.words[h]!)) {
        out.push(candidate(view, i, h, 'ANON_SOURCE', h));
        break;
      }
      if (!isModifier(view, h)) break;
    }
  }
  return out;
}

export const unnamedSources: AttributionRule = { id: 'unnamed-sources', find };
