import type { CorpusText } from './corpus';

/** One article of the simulated reader's history. */
export interface Reading {
  text: CorpusText;
  url: string;
  /** YYYY-MM-DD. */
  published: string;
  /** When it was read, ms since the epoch. */
  readAt: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2018, 0, 1);
const SPAN_DAYS = 3 * 365;

/** A fixed pseudo-random sequence (Park–Miller), so every run reads the same history. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function reading(text: CorpusText, day: number, rand: () => number): Reading {
  const published = isoDay(START + day * DAY);
  return {
    text,
    url: `https://${text.site}/${published.replaceAll('-', '/')}/${text.id}`,
    published,
    // Read the day it came out or the next: a few hours to a day and a half after 07:00 UTC.
    readAt: START + day * DAY + 7 * 3_600_000 + Math.floor(rand() * 36 * 3_600_000),
  };
}

/**
 * The history: `size` texts in a shuffled order, each published on a day spread evenly at random over three years
 * (2018–2020), so the first 100 span the three years as the 10,000 do. `fresh` are held back and published just
 * after: the article open in the tab, and the "one more" articles whose recording is timed.
 */
export function planHistory(polnear: CorpusText[], gmb: CorpusText[], size: number, fresh: number) {
  const rand = random(20_201_231);
  const held = polnear.slice(-fresh);
  const pool = [...polnear.slice(0, -fresh), ...gmb];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  if (pool.length < size) throw new Error(`only ${pool.length} texts for a history of ${size}`);
  const history = pool.slice(0, size).map((text) => reading(text, Math.floor(rand() * SPAN_DAYS), rand));
  const later = held.map((text, i) => reading(text, SPAN_DAYS + 1 + i, rand));
  return { history, later };
}
