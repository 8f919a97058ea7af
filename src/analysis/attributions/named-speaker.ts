import { ADVERBS, AUXILIARIES, BE_FORMS, SPEAKER_PRONOUNS, SPEAKING_INSTITUTIONS, SPEECH_VERBS } from './lexicon';
import { isNameToken, personNameEnd } from './names';
import { isOutletName } from './outlets';
import type { SentenceView } from './view';

/**
 * Whether the sentence credits its content to a named speaker ("West Mercia police said the tablets were
 * believed to …", "he said …"). An agentless passive inside such a statement is the speaker's claim.
 */

export function hasNamedSpeaker(view: SentenceView): boolean {
  const words = view.words;
  for (let v = 0; v < words.length; v++) {
    const w = words[v]!;
    if (w === 'according' && words[v + 1] === 'to') {
      const n = words[v + 2] === 'the' ? v + 3 : v + 2;
      if (isNameToken(view, n)) return true;
      continue;
    }
    if (!SPEECH_VERBS.has(w)) continue;
    let s = v - 1;
    let passive = false;
    for (; s >= 0 && (AUXILIARIES.has(words[s]!) || ADVERBS.has(words[s]!)); s--) passive ||= BE_FORMS.has(words[s]!);
    // "it is widely believed": a passive has no speaker.
    if (passive) continue;
    if (s >= 0 && SPEAKING_INSTITUTIONS.has(words[s]!) && isNameToken(view, s - 1)) return true;
    // An outlet's own narrative is not an accountable speaker (see OUTLET_RELAY).
    if (s >= 0 && isNameToken(view, s) && !isOutletName(view.tokens[s]!.text)) return true;
    if (s >= 0 && SPEAKER_PRONOUNS.has(words[s]!)) return true;
    if (personNameEnd(view, v + 1) > 0) return true;
  }
  return false;
}
