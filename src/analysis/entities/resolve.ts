import type { TypedSpan } from '../types';
import { acronymLetters, acronymsOf } from './acronyms';
import { aliasOf } from './aliases';
import { fold, nameWords, sameFoldedWord } from '../../names';

/** Mentions of one real thing, in text order; `name` is the fullest name used. */
export interface Cluster {
  type: TypedSpan['type'];
  name: string;
  mentions: TypedSpan[];
}

/**
 * Within-document resolution. Mentions are visited from the fullest name to the shortest (in words, then
 * letters: "Democrats" names the cluster, not a label's "D"), so "Pompeo"
 * finds "Mike Pompeo"; a short mention that fits several people goes to the nearest one before it.
 * Across types (the tagger called "Kadhimi" a GROUP once) only the same spelling joins: the same full
 * name, a person's surname, one word's noun, plural and adjective ("Democrats" / "Democratic"), names
 * on one line of the alias list ("GOP" / "Republicans", aliases.ts); fuzzy
 * single words need the same type, or "Iraqi" would join "Iraq". Last, a first name or an organisation's
 * first word joins the one name it opens. The entity's type is its mentions' weighted majority.
 */
export function resolveMentions(mentions: readonly TypedSpan[]): Cluster[] {
  const names = mentions.map(describe);
  const qualifiers = qualifiersOf(mentions);
  const order = mentions
    .map((_, i) => i)
    .sort(
      (a, b) =>
        names[b]!.words.length - names[a]!.words.length ||
        mentions[b]!.text.length - mentions[a]!.text.length ||
        mentions[a]!.start - mentions[b]!.start,
    );
  const clusters: Building[] = [];
  // A repeated name joins where its first occurrence went; only a bare surname may fit several people.
  const seen = new Map<string, Building>();
  for (const i of order) {
    const m = mentions[i]!;
    const n = names[i]!;
    const exact = `${m.type}|${m.text}`;
    const again = m.type === 'PERSON' && n.words.length === 1 ? undefined : seen.get(exact);
    if (again) {
      again.members.push(i);
      continue;
    }
    let best: Building | undefined;
    let bestDistance = Infinity;
    const partOf: Building[] = [];
    for (const c of clusters) {
      if (contradicts(qualifiers[i], c.name)) continue;
      const joins =
        sameStem(n, c.name) ||
        (n.alias !== undefined && n.alias === c.name.alias) ||
        (c.type === m.type ? matches(n, c.name) : sameSpelling(n, c.name));
      if (!joins) {
        if (leadingWordOf(n, c.name, c.type)) partOf.push(c);
        continue;
      }
      let distance = Infinity;
      for (const j of c.members) distance = Math.min(distance, distanceBefore(mentions[j]!, m));
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    // A first name or an organisation's first word names it only when nothing else fits and no other shares it.
    if (!best && partOf.length === 1) best = partOf[0];
    if (!best) clusters.push((best = { type: m.type, name: n, members: [] }));
    best.members.push(i);
    seen.set(exact, best);
  }
  return clusters
    .map((c) => ({
      type: majorityType(
        c.type,
        c.members.map((j) => [mentions[j]!.type, evidence(names[j]!)]),
      ),
      name: displayName(
        c.name.text,
        c.members.map((j) => mentions[j]!.text),
      ),
      mentions: c.members.sort((a, b) => a - b).map((j) => mentions[j]!),
    }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** What matching needs to know about a name, computed once per mention. */
interface Name {
  text: string;
  type: TypedSpan['type'];
  /** Folded name words (src/names), and the same joined by spaces. */
  words: string[];
  joined: string;
  /** Letters if the name is an acronym ("U.S." -> "US"), and the acronyms it can have if it has several words. */
  letters: string | null;
  acronyms: string[];
  /** Which line of the alias list (aliases.ts) names it, if any. */
  alias: string | undefined;
}

function describe(m: TypedSpan): Name {
  const words = nameWords(m.text).map(ordinalDigits).map(fold);
  const joined = words.join(' ');
  return {
    text: m.text,
    type: m.type,
    words,
    joined,
    letters: acronymLetters(m.text),
    acronyms: acronymsOf(m.text),
    alias: aliasOf(joined) ?? (words.length === 1 ? aliasOf(stem(words[0]!)) : undefined),
  };
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const SUFFIX = ['st', 'nd', 'rd'];

/** "Fifth Amendment" and "5th Amendment" are one name: an ordinal word up to twentieth in digits. */
function ordinalDigits(word: string): string {
  const n = ORDINALS.indexOf(word) + 1;
  if (n === 0) return word;
  return `${n}${n <= 3 ? SUFFIX[n - 1]! : 'th'}`;
}

interface Building {
  type: TypedSpan['type'];
  /** The fullest mention's name. */
  name: Name;
  members: number[];
}

/** "UN" / "United Nations", either way round. */
function acronymOf(a: Name, b: Name): boolean {
  return (
    (a.letters !== null && b.acronyms.includes(a.letters)) || (b.letters !== null && a.acronyms.includes(b.letters))
  );
}

/**
 * The cluster's name spelled the same (or a variant of a name of several words), its acronym ("US" tagged
 * ORG, "United States" PLACE), or a person's surname.
 */
function sameSpelling(m: Name, c: Name): boolean {
  if (m.words.length === 0) return false;
  if (m.joined === c.joined || acronymOf(m, c)) return true;
  if (
    m.words.length > 1 &&
    m.words.length === c.words.length &&
    m.words.every((w, k) => sameFoldedWord(w, c.words[k]!))
  )
    return true;
  return (
    c.type === 'PERSON' && m.words.length === 1 && c.words.length > 1 && m.words[0] === c.words[c.words.length - 1]
  );
}

/**
 * How much a mention's type says about its entity's: its length in words, half for an adjective ("a
 * Democratic senator": CoNLL typed such adjectives MISC, whatever the party or faith they name).
 */
function evidence(n: Name): number {
  const adjective = n.words.length === 1 && stem(n.words[0]!) !== singular(n.words[0]!);
  return adjective ? 0.5 : n.words.length;
}

/**
 * A cluster's type: the types of its mentions weighted by their evidence (the full name says more than a
 * bare surname); ties go to the type of the fullest mention.
 */
function majorityType(first: TypedSpan['type'], typed: [TypedSpan['type'], number][]): TypedSpan['type'] {
  const weights = new Map<TypedSpan['type'], number>();
  for (const [t, w] of typed) weights.set(t, (weights.get(t) ?? 0) + w);
  let best = first;
  for (const [t, w] of weights) if (w > (weights.get(best) ?? 0)) best = t;
  return best;
}

/** Distance to an earlier mention; later mentions count as farther than any earlier one. */
function distanceBefore(earlier: TypedSpan, m: TypedSpan): number {
  return earlier.start <= m.start ? m.start - earlier.start : 1e9 + earlier.start - m.start;
}

/** A dateline's "BAGHDAD" is the same name as "Baghdad": show the way the running text writes it. */
function displayName(name: string, texts: string[]): string {
  if (name !== name.toUpperCase() || !/\p{L}{4}/u.test(name)) return name;
  return texts.find((t) => t.toLowerCase() === name.toLowerCase() && t !== t.toUpperCase()) ?? name;
}

/**
 * The group word right before a mention, when the tagger split it off: "[Turkish] [Foreign Ministry]".
 * Such a short name must not join a longer one that says another group ("Iraqi Foreign Ministry").
 */
function qualifiersOf(mentions: readonly TypedSpan[]): (string | undefined)[] {
  const byEnd = new Map(mentions.filter((m) => m.type === 'GROUP').map((m) => [m.end, m] as const));
  return mentions.map((m) => {
    if (m.type !== 'ORG' && m.type !== 'PLACE' && m.type !== 'OTHER') return undefined;
    const g = byEnd.get(m.start - 1) ?? byEnd.get(m.start);
    return g ? fold(nameWords(g.text)[0] ?? '') : undefined;
  });
}

function contradicts(qualifier: string | undefined, c: Name): boolean {
  if (!qualifier || c.words.length === 0) return false;
  const first = c.words[0]!;
  // Only a different group word at the front contradicts: "Iraqi Foreign Ministry" vs "Turkish".
  return first !== qualifier && GROUPISH.test(first) && !sameFoldedWord(first, qualifier);
}

/** Demonym-like endings (folded): iraki, turkish, iranian, kurdish, saudi, british. */
const GROUPISH = /(i|ish|ian|an|ese|ean)$/;

function matches(m: Name, c: Name): boolean {
  if (m.words.length === 0 || c.words.length === 0) return m.text === c.text;
  switch (m.type) {
    case 'PERSON':
      return personMatch(m.words, c.words);
    case 'GROUP':
      return m.words.length === c.words.length && m.words.every((w, k) => singular(w) === singular(c.words[k]!));
    case 'ORG':
      return otherMatch(m, c) || orgVariant(m.words, c.words);
    default:
      return otherMatch(m, c);
  }
}

/** Acronyms ("UN" / "United Nations") and spelling variants of the whole name. */
function otherMatch(m: Name, c: Name): boolean {
  if (acronymOf(m, c)) return true;
  if (m.letters && c.letters) return m.letters === c.letters;
  return m.words.length === c.words.length && m.words.every((w, k) => sameFoldedWord(w, c.words[k]!));
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on']);

/**
 * Short forms of organisation names: a clipped first word ("Fed" / "Federal Reserve"), the same words in
 * another order ("Defense Department" / "Department of Defense"), or the last two words or more of a
 * longer name ("Tax Policy Center" / "Urban-Brookings Tax Policy Center").
 */
function orgVariant(short: string[], long: string[]): boolean {
  // A clipping is short: "Fed" is the Federal Reserve, "Congress" is not the Congressional Budget Office.
  if (short.length === 1)
    return (
      short[0]!.length >= 3 &&
      short[0]!.length <= 4 &&
      long.length > 1 &&
      long[0]!.length > 4 &&
      long[0]!.startsWith(short[0]!)
    );
  const content = (ws: string[]): string =>
    ws
      .filter((w) => !CONNECTORS.has(w))
      .sort()
      .join(' ');
  if (content(short) === content(long)) return true;
  return (
    short.length >= 2 && short.length < long.length && short.every((w, k) => w === long[long.length - short.length + k])
  );
}

/** On folded words: the shorter name's words appear in order in the longer one, and both end with the same surname. */
function personMatch(short: string[], long: string[]): boolean {
  if (!sameFoldedWord(short[short.length - 1]!, long[long.length - 1]!)) return false;
  let k = 0;
  for (const w of long) if (k < short.length - 1 && sameFoldedWord(short[k]!, w)) k++;
  return k === short.length - 1;
}

/**
 * One word naming the thing, its members or its adjective, whatever the tagger typed each: "Democrats",
 * "Democrat" and "Democratic"; "Islam" and "Islamic". "Iraqi" and "Iraq" stay apart (a people, a place).
 */
function sameStem(m: Name, c: Name): boolean {
  return m.words.length === 1 && c.words.length === 1 && stem(m.words[0]!) === stem(c.words[0]!);
}

/** A folded word without its plural or adjective ending. */
function stem(w: string): string {
  return singular(w).replace(/(?<=\p{L}{4})ic$/u, '');
}

/**
 * A single word that opens a longer name of a person ("Hillary" / "Hillary Clinton", even typed a group)
 * or a two-word organisation ("Fox" / "Fox News", "Justice" / "Justice Department"), unless it was typed
 * a place, or a group for an organisation ("Washington" / "Washington Post", "American" / "American
 * Airlines"). Longer organisations and acronyms are parts of their first word, not it ("Senate" /
 * "Senate Subcommittee on Consumer Protection", "NBC" / "NBC Nightly News").
 */
function leadingWordOf(m: Name, c: Name, clusterType: TypedSpan['type']): boolean {
  if (m.words.length !== 1 || c.words.length < 2 || m.type === 'PLACE') return false;
  if (clusterType === 'PERSON') return sameFoldedWord(m.words[0]!, c.words[0]!);
  return (
    clusterType === 'ORG' &&
    m.type !== 'GROUP' &&
    c.words.length === 2 &&
    m.letters === null &&
    m.words[0] === c.words[0]
  );
}

/** "Iraqis" and "Iraqi", "Shiites" and "Shiite" name one group (words are already folded). */
function singular(w: string): string {
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
}
