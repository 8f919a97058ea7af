import type { TypedSpan } from '../types';
import { acronymLetters, isAcronymOf } from './acronyms';
import { fold, nameWords, sameFoldedWord } from './names';

/** Mentions of one real thing, in text order; `name` is the fullest name used. */
export interface Cluster {
  type: TypedSpan['type'];
  name: string;
  mentions: TypedSpan[];
}

/**
 * Within-document resolution. Mentions are visited from the fullest name to the shortest, so "Pompeo"
 * finds "Mike Pompeo"; a short mention that fits several people goes to the nearest one before it.
 * Across types (the tagger called "Kadhimi" a GROUP once) only the same spelling joins: the same full
 * name, or a person's surname; fuzzy single words need the same type, or "Iraqi" would join "Iraq".
 */
export function resolveMentions(mentions: readonly TypedSpan[]): Cluster[] {
  const words = mentions.map((m) => nameWords(m.text).map(fold));
  const order = mentions.map((_, i) => i).sort((a, b) => words[b]!.length - words[a]!.length || mentions[a]!.start - mentions[b]!.start);
  const clusters: Building[] = [];
  // A repeated name joins where its first occurrence went; only a bare surname may fit several people.
  const seen = new Map<string, Building>();
  for (const i of order) {
    const m = mentions[i]!;
    const joined = words[i]!.join(' ');
    const exact = `${m.type}|${m.text}`;
    const again = m.type === 'PERSON' && words[i]!.length === 1 ? undefined : seen.get(exact);
    if (again) {
      again.members.push(i);
      continue;
    }
    let best: Building | undefined;
    let bestDistance = Infinity;
    for (const c of clusters) {
      const joins = c.type === m.type ? matches(m, words[i]!, c.name, c.words) : sameSpelling(m.text, words[i]!, joined, c);
      if (!joins) continue;
      const distance = Math.min(...c.members.map((j) => distanceBefore(mentions[j]!, m)));
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    if (!best) clusters.push((best = { type: m.type, name: m.text, words: words[i]!, joined, members: [] }));
    best.members.push(i);
    seen.set(exact, best);
  }
  return clusters
    .map((c) => ({
      type: majorityType(c.type, c.members.map((j) => [mentions[j]!.type, words[j]!.length])),
      name: c.name,
      mentions: c.members.sort((a, b) => a - b).map((j) => mentions[j]!),
    }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

interface Building {
  type: TypedSpan['type'];
  name: string;
  /** Folded name words of the fullest mention, and the same joined by spaces. */
  words: string[];
  joined: string;
  members: number[];
}

/**
 * The cluster's name spelled the same (or a variant of a name of several words), its acronym ("US" tagged
 * ORG, "United States" PLACE), or a person's surname.
 */
function sameSpelling(text: string, mw: string[], joined: string, c: Building): boolean {
  if (mw.length === 0) return false;
  if (joined === c.joined || isAcronymOf(text, c.name)) return true;
  if (mw.length > 1 && mw.length === c.words.length && mw.every((w, k) => sameFoldedWord(w, c.words[k]!))) return true;
  return c.type === 'PERSON' && mw.length === 1 && c.words.length > 1 && mw[0] === c.words[c.words.length - 1];
}

/**
 * A cluster's type: the types of its mentions weighted by their length in words (the full name says more
 * than a bare surname); ties go to the type of the fullest mention.
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

function matches(m: TypedSpan, mw: string[], name: string, cw: string[]): boolean {
  if (mw.length === 0 || cw.length === 0) return m.text === name;
  switch (m.type) {
    case 'PERSON':
      return personMatch(mw, cw);
    case 'GROUP':
      return mw.length === cw.length && mw.every((w, k) => singular(w) === singular(cw[k]!));
    case 'ORG':
      return otherMatch(m.text, mw, name, cw) || orgVariant(mw, cw);
    default:
      return otherMatch(m.text, mw, name, cw);
  }
}

/** Acronyms ("UN" / "United Nations") and spelling variants of the whole name. */
function otherMatch(text: string, mw: string[], name: string, cw: string[]): boolean {
  if (isAcronymOf(text, name) || isAcronymOf(name, text)) return true;
  if (acronymLetters(text) && acronymLetters(name)) return acronymLetters(text) === acronymLetters(name);
  return mw.length === cw.length && mw.every((w, k) => sameFoldedWord(w, cw[k]!));
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on']);

/**
 * Short forms of organisation names: a clipped first word ("Fed" / "Federal Reserve"), the same words in
 * another order ("Defense Department" / "Department of Defense"), or the last two words or more of a
 * longer name ("Tax Policy Center" / "Urban-Brookings Tax Policy Center").
 */
function orgVariant(short: string[], long: string[]): boolean {
  // A clipping is short: "Fed" is the Federal Reserve, "Congress" is not the Congressional Budget Office.
  if (short.length === 1) return short[0]!.length >= 3 && short[0]!.length <= 4 && long.length > 1 && long[0]!.length > 4 && long[0]!.startsWith(short[0]!);
  const content = (ws: string[]): string => ws.filter((w) => !CONNECTORS.has(w)).sort().join(' ');
  if (content(short) === content(long)) return true;
  return short.length >= 2 && short.length < long.length && short.every((w, k) => w === long[long.length - short.length + k]);
}

/** On folded words: the shorter name's words appear in order in the longer one, and both end with the same surname. */
function personMatch(short: string[], long: string[]): boolean {
  if (!sameFoldedWord(short[short.length - 1]!, long[long.length - 1]!)) return false;
  let k = 0;
  for (const w of long) if (k < short.length - 1 && sameFoldedWord(short[k]!, w)) k++;
  return k === short.length - 1;
}

/** "Iraqis" and "Iraqi", "Shiites" and "Shiite" name one group (words are already folded). */
function singular(w: string): string {
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
}
