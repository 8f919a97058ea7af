import type { Token } from '../text/tokens';
import type { PlacedMention } from './mentions';

/**
 * A US legislator's party-and-state label after the name: "(D-N.C.)", "(R-Utah)". The state is spelled
 * as an abbreviation with its periods or as one capitalised word.
 */
const LABEL = /\(([DR])[-\u2010\u2011\u2013]((?:\p{Lu}\p{Ll}*\.){1,2}|\p{Lu}\p{Ll}+)\)/gu;
/** A capitalised word and one space right before the label: the name it qualifies. */
const AFTER_NAME = /\p{Lu}[\p{L}'\u2019.-]*\s$/u;

/**
 * Party-and-state labels as our conventions mark them: the party letter a GROUP (it names the party, and
 * resolution joins it to "Democrats", aliases.ts) and the state a PLACE. The tagger reads CoNLL's 1996
 * Reuters, which has no such labels, and the sentence splitter may cut "N.C." in two, so the tagger's
 * mentions inside a label are replaced.
 */
export function withPartyLabels(
  text: string,
  sentences: readonly (readonly Token[])[],
  mentions: readonly PlacedMention[],
): PlacedMention[] {
  const labels = [...text.matchAll(LABEL)].filter((m) =>
    AFTER_NAME.test(text.slice(Math.max(0, m.index - 40), m.index)),
  );
  if (labels.length === 0) return [...mentions];
  const inside = (m: PlacedMention): boolean => labels.some((l) => m.start < l.index + l[0].length && m.end > l.index);
  const added = labels.flatMap((l) => {
    const party = l.index + 1;
    const state = party + 2;
    return [
      placed(sentences, party, party + 1, text, 'GROUP'),
      placed(sentences, state, state + l[2]!.length, text, 'PLACE'),
    ].filter((m): m is PlacedMention => m !== null);
  });
  return [...mentions.filter((m) => !inside(m)), ...added].sort((a, b) => a.start - b.start);
}

/** A mention of text[start, end), placed on the tokens that cover it (null if no token does). */
function placed(
  sentences: readonly (readonly Token[])[],
  start: number,
  end: number,
  text: string,
  type: PlacedMention['type'],
): PlacedMention | null {
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const tokens = sentences[sentence]!;
    const first = tokens.findIndex((t) => t.end > start);
    if (first < 0 || tokens[first]!.start >= end) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    return { start, end, text: text.slice(start, end), type, sentence, first, last };
  }
  return null;
}
