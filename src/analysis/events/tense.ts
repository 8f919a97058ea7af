/**
 * Whether a clause speaks of something still to come ("will meet", "is expected to", "take place").
 * A month or weekday without a year is placed after the publication date when it does, before it
 * otherwise: news mostly reports what has happened.
 */
const FUTURE =
  /\b(?:will|won['\u2019]t|shall|upcoming|scheduled|slated)\b|['\u2019]ll\b|\b(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|planned|going)\s+to\b|\bplans?\s+to\b|\bto\s+be\s+held\b|\b(?:takes?|take)\s+place\b|\b(?:is|are)\s+(?:on|set\s+for)\b|\b(?:begins?|starts?|opens?|ends?|resumes?)\s+(?:on|in)\b/i;

const IRREGULAR_PAST = new Set(
  ('was were had did took made met said told held came went won lost began left fell rose saw became sent gave ' +
    'paid spoke struck broke fled led ran sold brought fought found stood wrote chose flew grew knew shot sought threw')
    .split(' '),
);
// -ed/-en words that are not a past act here.
const NOT_PAST = new Set(
  'scheduled slated expected planned due then when even often seven eleven between green garden women children citizen'.split(' '),
);
/** How many words before the expression a past form may stand: "proposed by Iraq in June". */
const PAST_REACH = 3;
const AUXILIARY = new Set(['be', 'been', 'being', 'to', 'will', 'would', 'shall', 'll']);

/**
 * `clause` is the clause's text, `lead` the part of it before the time expression, `sentence` the whole
 * sentence. A past form just before the expression dates a past act even in a future sentence ("a bill
 * approved in February … will add"), unless it follows "be", "to" or a modal ("will be held on June 3").
 * A clause with no tense of its own takes the sentence's ("If the canals are dry in July, we will see…").
 */
export function speaksOfFuture(clause: string, lead = '', sentence = clause): boolean {
  if (!FUTURE.test(clause)) return !hasPastForm(clause) && FUTURE.test(sentence);
  const words = lead.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - PAST_REACH); i--) {
    if (isPastForm(words[i]!)) return i > 0 && AUXILIARY.has(words[i - 1]!);
  }
  return true;
}

function isPastForm(word: string): boolean {
  return !NOT_PAST.has(word) && (IRREGULAR_PAST.has(word) || /\p{L}{2,}(?:ed|en)$/u.test(word));
}

function hasPastForm(clause: string): boolean {
  return (clause.toLowerCase().match(/\p{L}+/gu) ?? []).some(isPastForm);
}
