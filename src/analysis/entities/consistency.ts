import { TYPES, type TokenSpan } from './labels';
import { isCapitalized } from './shape';

const PERSON = TYPES.indexOf('PERSON');

/**
 * Document-level consistency, in order: a common word opening a sentence is dropped unless the document
 * capitalises it elsewhere; two names run together are split, in a title-case headline (`titleCase`, by
 * sentence) into the names the running text tags, and a person's span across a lowercase word other than a
 * name particle into the people on either side; a person's name particle is taken in; a name tagged
 * PERSON by most of its mentions, or the surname of a full name tagged PERSON, is a person throughout
 * (other types are left alone: "Japan" the team and "Japan" the country differ legitimately, and
 * relabelling them cost 0.7 F1 on CoNLL LOC); and a name tagged once is also tagged where the tagger missed
 * it, unless it is glued to other capitalised words (then it is part of a longer name).
 */
export function harmonize(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  lowerWords: ReadonlySet<string>,
  titleCase: readonly boolean[] = [],
): TokenSpan[][] {
  spans = splitPeopleAtLowercase(
    sentences,
    splitCoordinations(sentences, dropCommonOpeners(sentences, spans, lowerWords)),
  );
  spans = joinParticles(sentences, splitHeadlineRuns(sentences, spans, titleCase));
  const votes = new Map<string, number[]>();
  const vote = (surface: string, type: number, weight: number): void => {
    const v = votes.get(surface) ?? new Array<number>(TYPES.length).fill(0);
    v[type]! += weight;
    votes.set(surface, v);
  };
  spans.forEach((ss, si) => {
    for (const s of ss) {
      const toks = sentences[si]!.slice(s.start, s.end);
      vote(toks.join(' '), s.type, 1);
      if (s.type === PERSON && toks.length > 1) vote(toks[toks.length - 1]!, PERSON, 2);
    }
  });
  const best = (surface: string): number => {
    const v = votes.get(surface);
    if (!v) return -1;
    let arg = 0;
    for (let t = 1; t < v.length; t++) if (v[t]! > v[arg]!) arg = t;
    return arg;
  };
  return spans.map((ss, si) => {
    const tokens = sentences[si]!;
    const out = ss.map((s) => {
      const t = best(tokens.slice(s.start, s.end).join(' '));
      return t === PERSON ? { ...s, type: t } : s;
    });
    const covered = new Uint8Array(tokens.length);
    for (const s of out) covered.fill(1, s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !isCapitalized(tokens[i]!) || gluedBefore(tokens, i, lowerWords)) continue;
      for (let len = 4; len >= 1; len--) {
        const end = i + len;
        if (end > tokens.length || covered.subarray(i, end).some((c) => c === 1)) continue;
        if (end < tokens.length && isCapitalized(tokens[end]!)) continue;
        const surface = tokens.slice(i, end).join(' ');
        if (len === 1 && lowerWords.has(surface.toLowerCase())) continue;
        const t = votes.has(surface) ? best(surface) : -1;
        if (t < 0) continue;
        out.push({ start: i, end, type: t });
        covered.fill(1, i, end);
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** A capitalised word before this one, other than a sentence-initial common word ("In Baghdad"). */
function gluedBefore(tokens: readonly string[], i: number, lowerWords: ReadonlySet<string>): boolean {
  if (i === 0 || !isCapitalized(tokens[i - 1]!)) return false;
  return !(i === 1 && lowerWords.has(tokens[0]!.toLowerCase()));
}

/**
 * A common word, an interjection or a sentence adverb opening a sentence or a quotation ("Despite",
 * "There", “Attacks”, "Yes", "Sadly,") is not a name unless the document also writes it with a capital
 * inside a sentence, on its own: "Tourism" inside "World Travel and Tourism Council" does not make the
 * "Tourism" opening a sentence a name.
 */
function dropCommonOpeners(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  lowerWords: ReadonlySet<string>,
): TokenSpan[][] {
  const inner = new Set<string>();
  sentences.forEach((tokens, si) => {
    const longer = spans[si]!.filter((s) => s.end - s.start > 1);
    for (let i = 1; i < tokens.length; i++) {
      if (!isCapitalized(tokens[i]!) || opens(tokens, i) || longer.some((s) => s.start <= i && i < s.end)) continue;
      inner.add(tokens[i]!);
    }
  });
  return spans.map((ss, si) =>
    ss.filter((s) => {
      if (s.end !== s.start + 1 || !opens(sentences[si]!, s.start)) return true;
      const tok = sentences[si]![s.start]!;
      if (inner.has(tok)) return true;
      const lw = tok.toLowerCase();
      return !lowerWords.has(lw) && !INTERJECTIONS.has(lw) && !(ADVERB.test(lw) && sentences[si]![s.start + 1] === ',');
    }),
  );
}

/** Words of speech that open quotes ("Yes, ...") but are rare inside sentences, so not in the lowercase list. */
const INTERJECTIONS = new Set([
  'yes',
  'yeah',
  'no',
  'ok',
  'okay',
  'well',
  'true',
  'sure',
  'oh',
  'wow',
  'indeed',
  'thanks',
  'please',
  'hey',
]);
/** Sentence adverbs before a comma ("Sadly,", "Conversely,"), by suffixes that first names do not have. */
const ADVERB = /(?:ally|ously|ively|dly|ingly|ently|antly|ately|ely|fully|lessly)$/;

/** Whether token i opens the sentence or a quotation in it. */
function opens(tokens: readonly string[], i: number): boolean {
  return i === 0 || (/^["\u201c\u2018]$/.test(tokens[i - 1]!) && (i === 1 || /^[:,]$/.test(tokens[i - 2]!)));
}

/**
 * "Google or Facebook", "Alibaba and Yahoo Japan": two names the tagger ran together. A span is split at
 * "or", and at "and" when the document also names both halves on their own ("Bosnia and Herzegovina"
 * stays whole unless "Herzegovina" appears alone).
 */
function splitCoordinations(sentences: readonly (readonly string[])[], spans: TokenSpan[][]): TokenSpan[][] {
  const alone = new Set<string>();
  spans.forEach((ss, si) => ss.forEach((s) => alone.add(sentences[si]!.slice(s.start, s.end).join(' '))));
  return spans.map((ss, si) => {
    const tokens = sentences[si]!;
    return ss.flatMap((s) => {
      for (let k = s.start + 1; k < s.end - 1; k++) {
        const word = tokens[k]!;
        if (word !== 'or' && word !== 'and') continue;
        const left = tokens.slice(s.start, k).join(' ');
        const right = tokens.slice(k + 1, s.end).join(' ');
        if (word === 'or' || (alone.has(left) && alone.has(right))) {
          return [
            { ...s, end: k },
            { ...s, start: k + 1 },
          ];
        }
      }
      return [s];
    });
  });
}

/**
 * A person's name holds no lowercase word but a particle ("Osama bin Laden"): a person's span across one
 * ("Warren told Stumpf") is the capitalised runs on either side, each a person.
 */
function splitPeopleAtLowercase(sentences: readonly (readonly string[])[], spans: TokenSpan[][]): TokenSpan[][] {
  return spans.map((ss, si) => {
    const tokens = sentences[si]!;
    return ss.flatMap((s) => {
      if (s.type !== PERSON) return [s];
      const parts: TokenSpan[] = [];
      let start = s.start;
      for (let k = s.start + 1; k < s.end - 1; k++) {
        if (!/^\p{Ll}+$/u.test(tokens[k]!) || NAME_PARTICLES.has(tokens[k]!)) continue;
        if (k > start) parts.push({ ...s, start, end: k });
        start = k + 1;
      }
      return start === s.start ? [s] : [...parts, { ...s, start }];
    });
  });
}

/**
 * A title-case headline has no case left to tell where a name ends ("Elizabeth Warren Hammers Wells Fargo",
 * "Derelict Obama"): a span there that the running text never tags is cut into the names the running text
 * tags inside it (longest first, from the left, typed as the running text types them most), its other
 * words dropped. A span with no such name inside stays.
 */
function splitHeadlineRuns(
  sentences: readonly (readonly string[])[],
  spans: TokenSpan[][],
  titleCase: readonly boolean[],
): TokenSpan[][] {
  if (!titleCase.some(Boolean)) return spans;
  const running = new Map<string, number[]>();
  spans.forEach((ss, si) => {
    if (titleCase[si]) return;
    for (const s of ss) {
      const surface = sentences[si]!.slice(s.start, s.end).join(' ');
      const v = running.get(surface) ?? new Array<number>(TYPES.length).fill(0);
      v[s.type]!++;
      running.set(surface, v);
    }
  });
  const typeOf = (v: number[]): number => v.indexOf(Math.max(...v));
  return spans.map((ss, si) => {
    if (!titleCase[si]) return ss;
    const tokens = sentences[si]!;
    return ss.flatMap((s) => {
      if (s.end - s.start < 2 || running.has(tokens.slice(s.start, s.end).join(' '))) return [s];
      const parts: TokenSpan[] = [];
      for (let p = s.start; p < s.end;) {
        let k = s.end;
        while (k > p && !running.has(tokens.slice(p, k).join(' '))) k--;
        if (k === p) p++;
        else {
          parts.push({ start: p, end: k, type: typeOf(running.get(tokens.slice(p, k).join(' '))!) });
          p = k;
        }
      }
      return parts.length ? parts : [s];
    });
  });
}

/** Lower-case particles inside people's names ("Osama bin Laden", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'van',
  'von',
  'der',
  'de',
  'da',
  'del',
  'di',
  'du',
  'dos',
]);

/**
 * CoNLL tags "Osama" and "Laden" apart around a lower-case "bin": two people's spans around a name particle
 * are one name, and a person's span right after the particle ("bin Laden") takes it in when the document
 * writes that particle inside a full name.
 */
function joinParticles(sentences: readonly (readonly string[])[], spans: TokenSpan[][]): TokenSpan[][] {
  const inside = new Set<string>();
  const joined = spans.map((ss, si) => {
    const tokens = sentences[si]!;
    const out: TokenSpan[] = [];
    for (const s of ss) {
      const prev = out[out.length - 1];
      const particle = tokens[s.start - 1];
      if (
        prev?.type === PERSON &&
        s.type === PERSON &&
        prev.end === s.start - 1 &&
        particle !== undefined &&
        NAME_PARTICLES.has(particle)
      ) {
        out[out.length - 1] = { ...prev, end: s.end };
        inside.add(`${particle} ${tokens[s.start]!}`);
      } else out.push(s);
    }
    return out;
  });
  if (inside.size === 0) return joined;
  return joined.map((ss, si) => {
    const tokens = sentences[si]!;
    return ss.map((s) =>
      s.type === PERSON && s.start > 0 && inside.has(`${tokens[s.start - 1]!} ${tokens[s.start]!}`)
        ? { ...s, start: s.start - 1 }
        : s,
    );
  });
}
