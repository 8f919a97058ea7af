import type { Candidate } from './candidate';
import { hasNamedSpeaker } from './named-speaker';
import type { SentenceView } from './view';

/** Conditions that silence a rule's flag; the registry lists which apply to which rule. */
export type Suppression = 'quoted-cue' | 'named-speaker';

/** Answers the conditions for one sentence; the named-speaker test runs at most once per sentence. */
export function suppressionsFor(
  view: SentenceView,
  isQuoted: (offset: number) => boolean,
): (flag: Candidate, by: Suppression) => boolean {
  let named: boolean | undefined;
  return (flag, by) => {
    if (by === 'quoted-cue') return isQuoted(flag.anchor);
    named ??= hasNamedSpeaker(view);
    return named;
  };
}
