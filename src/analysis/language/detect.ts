import { PROFILES } from './profiles';

/** Enough of a long text to decide; keeps detection fast on any page. */
const SAMPLE_CHARS = 20_000;
/** Fewer function-word hits than this is too little evidence to call a language other than English. */
const MIN_HITS = 3;
/** Below this many words, Latin text without evidence of another language is taken as English. */
const SHORT_WORDS = 30;
/** In prose, the profile's function words are well over this share of the words (Lorem ipsum: ~5%). */
const MIN_SHARE = 0.15;

const INDEX = buildIndex();

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  // Block ranges, not characters: their combining marks count as letters of the script too.
  // eslint-disable-next-line no-misleading-character-class
  [/[\u0600-\u06ff\u0400-\u04ff\u0900-\u097f]/g, 'und'],
];

/**
 * The language of a text as an ISO 639-1 code: 'en' for English, the code of another profiled language
 * (fr, de, es, pt, it, nl, sv, da, pl, tr, id, ro) or of a distinctive script (ja, ko, zh, el, he, th),
 * 'und' when it cannot tell, or for scripts shared by many languages (Arabic, Cyrillic, Devanagari).
 * Counts profile function words in the first 20,000 characters; the language with the most hits wins.
 * A short Latin text (under 30 words) is 'en' unless another language has at least three hits, since
 * analysing a line as English costs nothing. A longer one gets the best language only if its function
 * words are a plausible share of it, so names, Lorem ipsum or an unprofiled language give 'und'.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'und';
  const script = dominantScript(sample, letters);
  if (script) return script;

  const scores = new Map<string, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of INDEX.get(m[0]) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const english = scores.get('en') ?? 0;
  let best = 'en';
  let bestScore = english;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  if (words < SHORT_WORDS) {
    // A line or two of Latin text says little; analysing it as English costs nothing.
    return best !== 'en' && bestScore >= MIN_HITS ? best : 'en';
  }
  return bestScore / words >= MIN_SHARE ? best : 'und';
}

function dominantScript(sample: string, letters: number): string | null {
  for (const [re, code] of SCRIPTS) {
    const count = (sample.match(re) ?? []).length;
    if (count / letters > 0.3) return code;
  }
  return null;
}

function buildIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(PROFILES)) {
    for (const w of new Set(words)) {
      const list = index.get(w) ?? [];
      list.push(lang);
      index.set(w, list);
    }
  }
  return index;
}
