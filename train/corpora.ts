import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nerTokens } from '../src/analysis/entities/ner-tokens';
import { splitSentences } from '../src/analysis/text/sentences';
import type { TokenSpan } from '../src/analysis/entities/labels';
import { TYPES } from '../src/analysis/entities/labels';
import type { EntityType } from '../src/analysis/types';
import { groupOrOther, isGroupPhrase, isGroupWord, stripTitle } from './conventions';

/** A training or dev sentence in our conventions; `doc` groups sentences of one article. */
export interface LabeledSentence {
  tokens: string[];
  spans: TokenSpan[];
  doc: number;
}

/** Sentences grouped by document, in corpus order. */
export function byDocument(sentences: readonly LabeledSentence[]): Map<number, LabeledSentence[]> {
  const docs = new Map<number, LabeledSentence[]>();
  for (const s of sentences) {
    const doc = docs.get(s.doc);
    if (doc) doc.push(s);
    else docs.set(s.doc, [s]);
  }
  return docs;
}

const typeIndex = (t: EntityType): number => TYPES.indexOf(t);

/**
 * CoNLL-2003 (IOB1, tags PER ORG LOC MISC); MISC becomes GROUP or OTHER. With `completeCompounds`
 * (training only: dev scores keep CoNLL's own labels) untagged demonym compounds are tagged too.
 */
export function readConll(path: string, completeCompounds = false): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  let doc = 0;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, spans: conllSpans(tokens, tags, completeCompounds), doc });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc++;
      continue;
    }
    const cols = line.trim().split(' ');
    if (cols.length < 2) {
      flush();
      continue;
    }
    tokens.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return out;
}

function conllSpans(tokens: string[], tags: string[], completeCompounds: boolean): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: { start: number; tag: string } | null = null;
  const close = (end: number): void => {
    if (!cur) return;
    const t: EntityType =
      cur.tag === 'PER'
        ? 'PERSON'
        : cur.tag === 'LOC'
          ? 'PLACE'
          : cur.tag === 'ORG'
            ? 'ORG'
            : groupOrOther(tokens.slice(cur.start, end));
    spans.push({ start: cur.start, end, type: typeIndex(t) });
    cur = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      close(i);
      // CoNLL tags "German-led" MISC forty times and leaves a few such compounds out ("Iranian-backed");
      // our convention annotates them all.
      if (completeCompounds && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[i]!) && isGroupWord(tokens[i]!))
        spans.push({ start: i, end: i + 1, type: typeIndex('GROUP') });
      return;
    }
    const [bio, type] = tag.split('-') as [string, string];
    if (cur && (bio === 'B' || cur.tag !== type)) close(i);
    if (!cur) cur = { start: i, tag: type };
  });
  close(tags.length);
  return spans;
}

/**
 * GMB (IOB2, tags geo gpe per org tim art eve nat), mapped to our conventions: titles leave person
 * spans, demonyms (gpe) are GROUP, named events, works and natural phenomena are OTHER, times are dropped.
 * GMB has no document boundaries, so every 20 sentences count as one pseudo-document.
 */
export function readGmb(path: string): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length)
      out.push({ tokens, spans: gmbSpans(tokens, tags), doc: 1_000_000 + Math.floor(out.length / 20) });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) {
      flush();
      continue;
    }
    tokens.push(cols[0]!);
    tags.push(cols[2]!);
  }
  flush();
  return out;
}

function gmbSpans(tokens: string[], tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: { start: number; tag: string } | null = null;
  const close = (end: number): void => {
    if (!cur) return;
    let start = cur.start;
    let type: EntityType | null = null;
    const words = tokens.slice(start, end);
    switch (cur.tag) {
      case 'geo':
        type = 'PLACE';
        break;
      case 'gpe':
        type = isGroupPhrase(words) ? 'GROUP' : 'PLACE';
        break;
      case 'org':
        type = 'ORG';
        break;
      case 'per': {
        start += stripTitle(words);
        type = start === end ? null : isGroupPhrase(tokens.slice(start, end)) ? 'GROUP' : 'PERSON';
        break;
      }
      case 'art':
      case 'eve':
      case 'nat':
        type = 'OTHER';
        break;
    }
    if (type && start < end) spans.push({ start, end, type: typeIndex(type) });
    cur = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') return close(i);
    const [bio, type] = tag.split('-') as [string, string];
    if (cur && (bio === 'B' || cur.tag !== type)) close(i);
    if (!cur) cur = { start: i, tag: type };
  });
  close(tags.length);
  return spans;
}

/**
 * WNUT-17 (IOB2; person location corporation group product creative-work), mapped to our types: its
 * `group` is bands, teams and bodies (ORG under our conventions, not nationalities), products and works
 * are OTHER. Tweets have no documents: every sentence is its own.
 */
export function readWnut(path: string): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, spans: iob2Spans(tags, wnutType), doc: 2_000_000 + out.length });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2 || !cols[0]) {
      flush();
      continue;
    }
    tokens.push(cols[0]);
    tags.push(cols[cols.length - 1]!.trim());
  }
  flush();
  return out;
}

const WNUT_TYPES: Record<string, EntityType> = {
  person: 'PERSON',
  location: 'PLACE',
  corporation: 'ORG',
  group: 'ORG',
  product: 'OTHER',
  'creative-work': 'OTHER',
};

function wnutType(tag: string): number {
  const t = WNUT_TYPES[tag];
  return t ? typeIndex(t) : -1;
}

/** Spans of an IOB2 tag sequence, typed by `typeOf` (-1 drops the span). */
function iob2Spans(tags: readonly string[], typeOf: (tag: string) => number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let tag = '';
  const close = (end: number): void => {
    const type = start >= 0 ? typeOf(tag) : -1;
    if (type >= 0) spans.push({ start, end, type });
    start = -1;
  };
  tags.forEach((t, i) => {
    if (t === 'O' || !t) return close(i);
    const [bio, type] = [t.slice(0, 1), t.slice(2)];
    if (start >= 0 && (bio === 'B' || type !== tag)) close(i);
    if (start < 0) [start, tag] = [i, type];
  });
  close(tags.length);
  return spans;
}

/**
 * GMB split for evaluation: every tenth pseudo-document is held out (never a lexicon or training source),
 * the rest may train.
 */
export function splitGmb(gmb: readonly LabeledSentence[]): { train: LabeledSentence[]; heldOut: LabeledSentence[] } {
  const heldOut = gmb.filter((s) => s.doc % 10 === 9);
  return { train: gmb.filter((s) => s.doc % 10 !== 9), heldOut };
}

/** Unlabeled articles (one .txt per article), as the tagger's sentences of token texts. */
export function readPlainText(dir: string): string[][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => splitSentences(readFileSync(join(dir, f), 'utf8')).map((s) => nerTokens(s).map((t) => t.text)));
}
