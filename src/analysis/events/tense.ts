/**
 * Whether a clause speaks of the past ("was killed in January"), of something still to come ("will meet",
 * "is expected to", "take place", reported "would", hypothetical "were to") or gives no sign either way. It decides which January or which
 * Wednesday a yearless expression means.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won['\u2019]t|shall|would|upcoming|scheduled|slated)\b|\bwere\s+to\b|['\u2019]ll\b|\b(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|planned|going)\s+to\b|\bplans?\s+to\b|\bto\s+be\s+held\b|\b(?:takes?|take)\s+place\b|\b(?:is|are)\s+(?:on|set\s+for)\b|\b(?:begins?|starts?|opens?|ends?|resumes?)\s+(?:on|in)\b/i;

const IRREGULAR_PAST = new Set(
  (
    'was were had did took made met said told held came went won lost began left fell rose saw became sent gave ' +
    'paid spoke struck broke fled led ran sold brought fought found stood wrote chose flew grew knew shot sought threw'
  ).split(' '),
);
// Words ending in -ed or -en that are not past forms, or not a past act here.
const NOT_PAST = new Set(
  (
    'scheduled slated expected planned due then when even often seven eleven between green garden women children ' +
    'citizen kitchen open listen happen threaten strengthen weaken widen tighten sudden burden warden heaven dozen ' +
    'oxygen screen teen queen need indeed proceed exceed succeed hundred speed seed feed bed red shed breed greed'
  ).split(' '),
);
/** How many words before the expression a past form may stand: "proposed by Iraq in June". */
const PAST_REACH = 3;
/** "were to win", "had to": an auxiliary, not the past act itself. */
const BARE_AUXILIARY_PAST = new Set(['was', 'were', 'had', 'did']);
const AUXILIARY = new Set(['be', 'been', 'being', 'to', 'will', 'would', 'shall', 'll']);

/**
 * `clause` is the clause's text, `lead` the part of it before the time expression, `sentence` the whole
 * sentence. A past form just before the expression dates a past act even in a future sentence ("a bill
 * approved in February … will add"), unless it follows "be", "to" or a modal ("will be held on June 3").
 * A clause with no tense of its own is future if its sentence is ("If the canals are dry in July, we will
 * see…") and no past verb comes first after the time ("During a May interview, Trump said it would…" is
 * past), and otherwise unknown: a past verb elsewhere in the sentence may belong to another clause.
 */
export function tenseOf(clause: string, lead = '', sentence = clause): Tense {
  if (FUTURE.test(clause)) {
    const words = lead.match(/\p{L}+/gu) ?? [];
    for (let i = words.length - 1; i >= Math.max(0, words.length - PAST_REACH); i--) {
      if (isPastForm(words[i]!) && !BARE_AUXILIARY_PAST.has(words[i]!))
        return i > 0 && AUXILIARY.has(words[i - 1]!.toLowerCase()) ? 'future' : 'past';
    }
    return pastBeforeFuture(clause.slice(lead.length)) ? 'past' : 'future';
  }
  if (hasPastForm(clause)) return 'past';
  if (!FUTURE.test(sentence)) return 'unknown';
  // "During a May interview, Trump said he won and it would be a good idea…": the main clause's past verb.
  const at = sentence.indexOf(clause);
  return at >= 0 && pastBeforeFuture(sentence.slice(at + lead.length)) ? 'past' : 'future';
}

/** "the revised plan": a participle after a determiner is an adjective, not the clause's verb. */
const DETERMINER = new Set('the a an his her its their our this that these those'.split(' '));

/**
 * A fronted time's own verb comes after it: "On Wednesday night, the president portrayed Trump as a man who
 * would govern…" is past, though a relative clause speaks of the future. True when a past verb stands
 * between the time and the first sign of the future.
 */
function pastBeforeFuture(rest: string): boolean {
  const future = FUTURE.exec(rest);
  if (!future) return false;
  const words = rest.slice(0, future.index).match(/\p{L}+/gu) ?? [];
  return words.some(
    (w, i) =>
      isPastForm(w) &&
      !BARE_AUXILIARY_PAST.has(w) &&
      !(i > 0 && (AUXILIARY.has(words[i - 1]!.toLowerCase()) || DETERMINER.has(words[i - 1]!.toLowerCase()))),
  );
}

/** "has been", "had held", "have long made": a perfect, the tense of a state that began at some time. */
export function hasPerfect(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.some(
    (w, i) =>
      /^(?:has|have|had)$/i.test(w) &&
      words.slice(i + 1, i + 3).some((next) => next === 'been' || (isPastForm(next) && !BARE_AUXILIARY_PAST.has(next))),
  );
}

/** Lower-case words only: a capitalised "United" or "Allen" is a name, not a verb. */
function isPastForm(word: string): boolean {
  if (word !== word.toLowerCase() || NOT_PAST.has(word)) return false;
  return IRREGULAR_PAST.has(word) || /\p{L}{2,}(?:ed|en)$/u.test(word);
}

function hasPastForm(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some(isPastForm);
}
