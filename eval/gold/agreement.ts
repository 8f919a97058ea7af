import type { Annotation, Offsets } from './annotation';

/**
 * Inter-annotator agreement between two passes, as counts (summed over articles for the overall figure):
 * mentions typed and untyped exact F1 (pass A as reference; F1 is symmetric), entity-key agreement over the
 * spans both passes mark, vague spans overlap F1 and category agreement, events overlap F1 and date agreement.
 * Pairs for category and date are matched one-to-one by overlap, in text order.
 */
export interface AgreementCounts {
  mentionsA: number;
  mentionsB: number;
  typedBoth: number;
  untypedBoth: number;
  keyPairs: number;
  keySame: number;
  vagueA: number;
  vagueB: number;
  vagueAFound: number;
  vagueBFound: number;
  vaguePairs: number;
  vagueSameCategory: number;
  eventsA: number;
  eventsB: number;
  eventsAFound: number;
  eventsBFound: number;
  eventPairs: number;
  eventSameDate: number;
}

export interface AgreementRates {
  typedF1: number;
  untypedF1: number;
  keyAgreement: number;
  vagueF1: number;
  categoryAgreement: number;
  eventsF1: number;
  dateAgreement: number;
}

const overlaps = (x: Offsets, y: Offsets): boolean => x.start < y.end && y.start < x.end;

function pairs<T extends Offsets>(a: readonly T[], b: readonly T[]): [T, T][] {
  const used = new Set<T>();
  const out: [T, T][] = [];
  for (const x of a) {
    const y = b.find((c) => !used.has(c) && overlaps(x, c));
    if (y) {
      used.add(y);
      out.push([x, y]);
    }
  }
  return out;
}

export function agreementCounts(a: Annotation, b: Annotation): AgreementCounts {
  const typed = new Set(b.mentions.map((m) => `${m.start}-${m.end}:${m.type}`));
  const keyOfB = new Map(b.mentions.map((m) => [`${m.start}-${m.end}`, m.entity]));
  const bothSpans = a.mentions.filter((m) => keyOfB.has(`${m.start}-${m.end}`));
  const vaguePairs = pairs(a.vague_spans, b.vague_spans);
  const eventPairs = pairs(a.events, b.events);
  return {
    mentionsA: a.mentions.length,
    mentionsB: b.mentions.length,
    typedBoth: a.mentions.filter((m) => typed.has(`${m.start}-${m.end}:${m.type}`)).length,
    untypedBoth: bothSpans.length,
    keyPairs: bothSpans.length,
    keySame: bothSpans.filter((m) => keyOfB.get(`${m.start}-${m.end}`) === m.entity).length,
    vagueA: a.vague_spans.length,
    vagueB: b.vague_spans.length,
    vagueAFound: a.vague_spans.filter((x) => b.vague_spans.some((y) => overlaps(x, y))).length,
    vagueBFound: b.vague_spans.filter((y) => a.vague_spans.some((x) => overlaps(x, y))).length,
    vaguePairs: vaguePairs.length,
    vagueSameCategory: vaguePairs.filter(([x, y]) => x.category === y.category).length,
    eventsA: a.events.length,
    eventsB: b.events.length,
    eventsAFound: a.events.filter((x) => b.events.some((y) => overlaps(x, y))).length,
    eventsBFound: b.events.filter((y) => a.events.some((x) => overlaps(x, y))).length,
    eventPairs: eventPairs.length,
    eventSameDate: eventPairs.filter(([x, y]) => x.date === y.date).length,
  };
}

export function sumCounts(all: readonly AgreementCounts[]): AgreementCounts {
  const total = agreementCounts(EMPTY, EMPTY);
  for (const c of all) for (const k of Object.keys(total) as (keyof AgreementCounts)[]) total[k] += c[k];
  return total;
}

const EMPTY: Annotation = {
  id: '',
  pass: '',
  text_sha256: '',
  text_length: 0,
  mentions: [],
  vague_spans: [],
  soft_spans: [],
  named_not_vague: [],
  events: [],
};

/** NaN where there is nothing to agree on (no spans in either pass): printed as "—". */
export function agreementRates(c: AgreementCounts): AgreementRates {
  const f1 = (both: number, x: number, y: number): number => (x + y ? (2 * both) / (x + y) : NaN);
  const overlapF1 = (foundA: number, a: number, foundB: number, b: number): number => {
    if (a + b === 0) return NaN;
    const r = a ? foundA / a : 0;
    const p = b ? foundB / b : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  return {
    typedF1: f1(c.typedBoth, c.mentionsA, c.mentionsB),
    untypedF1: f1(c.untypedBoth, c.mentionsA, c.mentionsB),
    keyAgreement: c.keyPairs ? c.keySame / c.keyPairs : NaN,
    vagueF1: overlapF1(c.vagueAFound, c.vagueA, c.vagueBFound, c.vagueB),
    categoryAgreement: c.vaguePairs ? c.vagueSameCategory / c.vaguePairs : NaN,
    eventsF1: overlapF1(c.eventsAFound, c.eventsA, c.eventsBFound, c.eventsB),
    dateAgreement: c.eventPairs ? c.eventSameDate / c.eventPairs : NaN,
  };
}
