/**
 * Whether a clause speaks of the past ("was killed in January"), of something still to come ("will meet",
 * "is expected to", "take place", reported "would", hypothetical "were to", a present verb of expectation or
 * intent before an infinitive: "voters expect Clinton to win", "vows to veto") or gives no sign either way. It
 * decides which January or which Wednesday a yearless expression means.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won['\u2019]t|shall|would|upcoming|scheduled|slated)\b|\bwere\s+to\b|['\u2019]ll\b|\b(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|planned|going)\s+to\b|\bplans?\s+to\b|\b(?:expects?|hopes?|intends?|vows?|promises?|pledges?|threatens?)\s+(?:\S+\s+){0,3}?to\s+[a-z]|\bto\s+be\s+held\b|\b(?:takes?|take)\s+place\b|\b(?:is|are)\s+(?:on|set\s+for)\b|\b(?:begins?|starts?|opens?|ends?|resumes?)\s+(?:on|in)\b/i;

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
 * approved in February … will add"), unless it follows "be", "to" or a modal ("will be held on June 3"). A
 * fronted time takes the tense of the first verb after it ("On Wednesday night, the president portrayed
 * Trump as a man who would govern…" is past), also across a comma when its clause has no verb of its own
 * ("In October, Mrs. Clinton, the nominee, proposed…"; "During a May interview, Trump said it would…"). A
 * clause with no tense is otherwise future if its sentence is ("If the canals are dry in July, we will
 * see…") and unknown if not: a verb elsewhere in the sentence may belong to another clause.
 */
export function tenseOf(clause: string, lead = '', sentence = clause): Tense {
  if (FUTURE.test(clause)) {
    const words = lead.match(/\p{L}+/gu) ?? [];
    for (let i = words.length - 1; i >= Math.max(0, words.length - PAST_REACH); i--) {
      if (isPastForm(words[i]!) && !BARE_AUXILIARY_PAST.has(words[i]!))
        return i > 0 && AUXILIARY.has(words[i - 1]!.toLowerCase()) ? 'future' : 'past';
    }
    // A future before the time governs it ("will blow a November matchup … by getting beaten").
    const rest = clause.slice(lead.length);
    return FUTURE.test(rest) && firstSign(rest) === 'past' ? 'past' : 'future';
  }
  if (hasPastForm(clause)) return 'past';
  const at = sentence.indexOf(clause);
  const after = at >= 0 ? sentence.slice(at + lead.length) : '';
  const sign = (lead.match(/\p{L}+/gu) ?? []).length <= FRONTED_LEAD_WORDS ? firstSign(after) : 'unknown';
  if (sign !== 'unknown') return sign;
  if (!FUTURE.test(sentence)) return 'unknown';
  return FUTURE.test(after) && firstSign(after) === 'past' ? 'past' : 'future';
}

/** "In October, …", "During a May interview, …": a time that opens its clause, modifying the verb after it. */
const FRONTED_LEAD_WORDS = 2;

/** "the revised plan": a participle after a determiner is an adjective, not the clause's verb. */
const DETERMINER = new Set('the a an his her its their our this that these those'.split(' '));

/**
 * The tense of the first verb in `text`: a past form ("portrayed"; not "the revised plan", "will be held", nor
 * an auxiliary that may belong to a future: "was scheduled", "were to") or a sign of the future ("will", "is
 * expected to"), whichever comes first.
 */
function firstSign(text: string): Tense {
  const future = FUTURE.exec(text)?.index ?? Infinity;
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < words.length && words[i]!.index < future; i++) {
    const w = words[i]![0];
    const before = i > 0 ? words[i - 1]![0].toLowerCase() : '';
    if (!isPastForm(w) || BARE_AUXILIARY_PAST.has(w) || AUXILIARY.has(before) || DETERMINER.has(before)) continue;
    return 'past';
  }
  return future < Infinity ? 'future' : 'unknown';
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

export function hasPastForm(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some(isPastForm);
}
